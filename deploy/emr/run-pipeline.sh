#!/usr/bin/env bash
# Runs the collab-atlas pipeline on Amazon EMR 7.x (Spark 3.5, Java 17) with the AWS CLI: uploads the job jar and
# conf/emr.conf (with your bucket) to S3, then either creates a cluster that runs the steps and terminates, or adds
# the steps to a running cluster.
#
#   deploy/emr/run-pipeline.sh --bucket my-bucket [--size 1.77m|20m] [--subnet subnet-...] [--region eu-west-1]
#   deploy/emr/run-pipeline.sh --bucket my-bucket --cluster-id j-XXXXXXXXXXXX        # an existing cluster
#   deploy/emr/run-pipeline.sh --bucket my-bucket --cluster-id j-... --resume RUN_ID  # continue a failed run
#   deploy/emr/run-pipeline.sh --bucket my-bucket --cluster-id j-... --diff RUN_A RUN_B
#   deploy/emr/run-pipeline.sh ... --dry-run     # prints every command and the files it would use; calls nothing
#
# Options: --release LABEL (default emr-7.5.0), --no-upload (the jar and conf are already in S3), --keep-alive
# (a new cluster stays up after its steps). Files used: instance-groups-<size>.json, configurations.json,
# ec2-attributes.json, steps.json / steps-diff.json (this folder), with my-atlas-bucket replaced by --bucket.
# Needs the default roles (aws emr create-default-roles) and, without --dry-run, the AWS CLI v2 with credentials.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../bin/lib/run-pipeline-common.sh"     # root, the shared options, run, upload, --dry-run
size="1.77m"
cluster_id=""
subnet=""
release="emr-7.5.0"
diff_a=""
diff_b=""
keep_alive=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --size) size="${2:?--size needs 1.77m or 20m}"; shift 2 ;;
    --cluster-id) cluster_id="${2:?--cluster-id needs an id}"; shift 2 ;;
    --subnet) subnet="${2:?--subnet needs an id}"; shift 2 ;;
    --release) release="${2:?--release needs a label}"; shift 2 ;;
    --diff) diff_a="${2:?--diff needs two run ids}"; diff_b="${3:?--diff needs two run ids}"; shift 3 ;;
    --keep-alive) keep_alive=1; shift ;;
    *) rp_shared_option "$@"; shift "$rp_shift" ;;
  esac
done
[[ -n "$bucket" ]] || rp_usage_error "--bucket is required"
[[ -f "$here/instance-groups-$size.json" ]] || rp_usage_error "no instance-groups-$size.json"

rp_init emr
steps_template="$here/steps.json"
[[ -n "$diff_a" ]] && steps_template="$here/steps-diff.json"
sed -e "s/my-atlas-bucket/$bucket/g" -e "s/collab-atlas-jobs-[^\"]*-all\.jar/$jar_name/" "$steps_template" \
  > "$work/steps.json"
if [[ -n "$resume" ]]; then
  sed -i "s/\"pipeline\",/\"pipeline\", \"--resume\", \"$resume\",/" "$work/steps.json"
fi
if [[ -n "$diff_a" ]]; then
  sed -i -e "s/\"RUN_A\"/\"$diff_a\"/" -e "s/\"RUN_B\"/\"$diff_b\"/" "$work/steps.json"
fi
rp_with_bucket "$root/conf/emr.conf" "$work/emr.conf"
sed "s/subnet-REPLACE-ME/${subnet:-subnet-REPLACE-ME}/" "$here/ec2-attributes.json" > "$work/ec2-attributes.json"

region_args=()
[[ -n "$region" ]] && region_args=(--region "$region")

rp_upload s3 emr.conf aws s3 cp "${region_args[@]}"
if [[ -n "$cluster_id" ]]; then
  run aws emr add-steps "${region_args[@]}" --cluster-id "$cluster_id" --steps "file://$work/steps.json"
else
  if [[ "$dry_run" == 0 && -z "$subnet" ]] && grep -q subnet-REPLACE-ME "$work/ec2-attributes.json"; then
    rp_usage_error "give --subnet (or set SubnetId in deploy/emr/ec2-attributes.json)"
  fi
  terminate=(--auto-terminate)
  [[ "$keep_alive" == 1 ]] && terminate=()
  run aws emr create-cluster "${region_args[@]}" --name "collab-atlas $size" --release-label "$release" \
    --applications Name=Hadoop Name=Spark \
    --instance-groups "file://$here/instance-groups-$size.json" \
    --configurations "file://$here/configurations.json" \
    --ec2-attributes "file://$work/ec2-attributes.json" \
    --service-role EMR_DefaultRole \
    --log-uri "s3://$bucket/emr-logs/" \
    --steps "file://$work/steps.json" \
    "${terminate[@]}"
fi
rp_list_files "$work/steps.json" "$work/emr.conf" "$work/ec2-attributes.json"

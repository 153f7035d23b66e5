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
root="$(cd "$here/../.." && pwd)"
bucket=""
size="1.77m"
cluster_id=""
region=""
subnet=""
release="emr-7.5.0"
resume=""
diff_a=""
diff_b=""
upload=1
keep_alive=0
dry_run=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --bucket) bucket="${2:?--bucket needs a name}"; shift 2 ;;
    --size) size="${2:?--size needs 1.77m or 20m}"; shift 2 ;;
    --cluster-id) cluster_id="${2:?--cluster-id needs an id}"; shift 2 ;;
    --region) region="${2:?--region needs a name}"; shift 2 ;;
    --subnet) subnet="${2:?--subnet needs an id}"; shift 2 ;;
    --release) release="${2:?--release needs a label}"; shift 2 ;;
    --resume) resume="${2:?--resume needs a run id}"; shift 2 ;;
    --diff) diff_a="${2:?--diff needs two run ids}"; diff_b="${3:?--diff needs two run ids}"; shift 3 ;;
    --no-upload) upload=0; shift ;;
    --keep-alive) keep_alive=1; shift ;;
    --dry-run) dry_run=1; shift ;;
    -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run-pipeline.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ -n "$bucket" ]] || { echo "run-pipeline.sh: --bucket is required" >&2; exit 2; }
[[ -f "$here/instance-groups-$size.json" ]] || { echo "run-pipeline.sh: no instance-groups-$size.json" >&2; exit 2; }

version=$(sed -n "s:.*<version>\(.*\)</version>.*:\1:p" "$root/pom.xml" | head -n 1)
jar_name="collab-atlas-jobs-$version-all.jar"
jar="$root/jobs/target/$jar_name"
work=$(mktemp -d "${TMPDIR:-/tmp}/collab-atlas-emr.XXXXXX")
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
sed "s/my-atlas-bucket/$bucket/g" "$root/conf/emr.conf" > "$work/emr.conf"
sed "s/subnet-REPLACE-ME/${subnet:-subnet-REPLACE-ME}/" "$here/ec2-attributes.json" > "$work/ec2-attributes.json"

run() {
  if [[ "$dry_run" == 1 ]]; then
    printf '%q ' "$@" | sed 's/ $//'
    echo
  else
    "$@"
  fi
}
region_args=()
[[ -n "$region" ]] && region_args=(--region "$region")

if [[ "$upload" == 1 ]]; then
  if [[ ! -f "$jar" && "$dry_run" == 0 ]]; then
    echo "run-pipeline.sh: $jar missing: run 'mvn -DskipTests package' first" >&2
    exit 2
  fi
  run aws s3 cp "${region_args[@]}" "$jar" "s3://$bucket/jars/$jar_name"
  run aws s3 cp "${region_args[@]}" "$work/emr.conf" "s3://$bucket/conf/emr.conf"
fi
if [[ -n "$cluster_id" ]]; then
  run aws emr add-steps "${region_args[@]}" --cluster-id "$cluster_id" --steps "file://$work/steps.json"
else
  if [[ "$dry_run" == 0 && -z "$subnet" ]] && grep -q subnet-REPLACE-ME "$work/ec2-attributes.json"; then
    echo "run-pipeline.sh: give --subnet (or set SubnetId in deploy/emr/ec2-attributes.json)" >&2
    exit 2
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
if [[ "$dry_run" == 1 ]]; then
  echo "# files: $work/steps.json $work/emr.conf $work/ec2-attributes.json"
fi

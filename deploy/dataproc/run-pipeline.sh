#!/usr/bin/env bash
# Runs the collab-atlas pipeline on Google Cloud Dataproc with gcloud: uploads the job jar and conf/dataproc.conf
# (with your bucket) to GCS, then either instantiates the workflow template (a managed Dataproc 2.2 cluster, deleted
# afterwards) or submits a Dataproc Serverless batch (runtime 1.2: Spark 3.5, Java 17).
#
#   deploy/dataproc/run-pipeline.sh --bucket my-bucket --region europe-west1 [--mode workflow]
#   deploy/dataproc/run-pipeline.sh --bucket my-bucket --region europe-west1 --mode serverless [--executors 16]
#   deploy/dataproc/run-pipeline.sh ... --resume RUN_ID      # serverless: continue a failed run
#   deploy/dataproc/run-pipeline.sh ... --dry-run            # prints every command and file; calls nothing
#
# Options: --no-upload (the jar and conf are already in GCS), --runtime VERSION (serverless, default 1.2),
# --template NAME (default collab-atlas). Without --dry-run needs the Google Cloud CLI, logged in.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../bin/lib/run-pipeline-common.sh"     # root, the shared options, run, upload, --dry-run
mode="workflow"
executors=8
runtime="1.2"
template="collab-atlas"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --mode) mode="${2:?--mode needs workflow or serverless}"; shift 2 ;;
    --executors) executors="${2:?--executors needs a number}"; shift 2 ;;
    --runtime) runtime="${2:?--runtime needs a version}"; shift 2 ;;
    --template) template="${2:?--template needs a name}"; shift 2 ;;
    *) rp_shared_option "$@"; shift "$rp_shift" ;;
  esac
done
[[ -n "$bucket" ]] || rp_usage_error "--bucket is required"
[[ -n "$region" ]] || rp_usage_error "--region is required"
case "$mode" in workflow|serverless) ;; *) rp_usage_error "--mode workflow or serverless" ;; esac
if [[ -n "$resume" && "$mode" == workflow ]]; then
  rp_usage_error "--resume is for --mode serverless (a workflow template has fixed arguments)"
fi

rp_init dataproc
sed -e "s/my-atlas-bucket/$bucket/g" -e "s/collab-atlas-jobs-[^ ]*-all\.jar/$jar_name/" \
  "$here/workflow-template.yaml" > "$work/workflow-template.yaml"
rp_with_bucket "$root/conf/dataproc.conf" "$work/dataproc.conf"

rp_upload gs dataproc.conf gcloud storage cp
if [[ "$mode" == workflow ]]; then
  run gcloud dataproc workflow-templates import "$template" --region "$region" \
    --source "$work/workflow-template.yaml" --quiet
  run gcloud dataproc workflow-templates instantiate "$template" --region "$region"
else
  app=(pipeline --conf "gs://$bucket/conf/dataproc.conf")
  [[ -n "$resume" ]] && app+=(--resume "$resume")
  run gcloud dataproc batches submit spark --region "$region" --version "$runtime" \
    --class org.collabatlas.cli.Main --jars "gs://$bucket/jars/$jar_name" \
    --deps-bucket "gs://$bucket" \
    --properties "spark.executor.instances=$executors,spark.executor.cores=8,spark.executor.memory=48g,spark.driver.memory=8g,spark.driver.maxResultSize=4g" \
    -- "${app[@]}"
fi
rp_list_files "$work/workflow-template.yaml" "$work/dataproc.conf"

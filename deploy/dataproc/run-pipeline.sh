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
root="$(cd "$here/../.." && pwd)"
bucket=""
region=""
mode="workflow"
executors=8
runtime="1.2"
template="collab-atlas"
resume=""
upload=1
dry_run=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --bucket) bucket="${2:?--bucket needs a name}"; shift 2 ;;
    --region) region="${2:?--region needs a name}"; shift 2 ;;
    --mode) mode="${2:?--mode needs workflow or serverless}"; shift 2 ;;
    --executors) executors="${2:?--executors needs a number}"; shift 2 ;;
    --runtime) runtime="${2:?--runtime needs a version}"; shift 2 ;;
    --template) template="${2:?--template needs a name}"; shift 2 ;;
    --resume) resume="${2:?--resume needs a run id}"; shift 2 ;;
    --no-upload) upload=0; shift ;;
    --dry-run) dry_run=1; shift ;;
    -h|--help) sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run-pipeline.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ -n "$bucket" ]] || { echo "run-pipeline.sh: --bucket is required" >&2; exit 2; }
[[ -n "$region" ]] || { echo "run-pipeline.sh: --region is required" >&2; exit 2; }
case "$mode" in workflow|serverless) ;; *) echo "run-pipeline.sh: --mode workflow or serverless" >&2; exit 2 ;; esac
if [[ -n "$resume" && "$mode" == workflow ]]; then
  echo "run-pipeline.sh: --resume is for --mode serverless (a workflow template has fixed arguments)" >&2
  exit 2
fi

version=$(sed -n "s:.*<version>\(.*\)</version>.*:\1:p" "$root/pom.xml" | head -n 1)
jar_name="collab-atlas-jobs-$version-all.jar"
jar="$root/jobs/target/$jar_name"
work=$(mktemp -d "${TMPDIR:-/tmp}/collab-atlas-dataproc.XXXXXX")
sed -e "s/my-atlas-bucket/$bucket/g" -e "s/collab-atlas-jobs-[^ ]*-all\.jar/$jar_name/" \
  "$here/workflow-template.yaml" > "$work/workflow-template.yaml"
sed "s/my-atlas-bucket/$bucket/g" "$root/conf/dataproc.conf" > "$work/dataproc.conf"

run() {
  if [[ "$dry_run" == 1 ]]; then
    printf '%q ' "$@" | sed 's/ $//'
    echo
  else
    "$@"
  fi
}

if [[ "$upload" == 1 ]]; then
  if [[ ! -f "$jar" && "$dry_run" == 0 ]]; then
    echo "run-pipeline.sh: $jar missing: run 'mvn -DskipTests package' first" >&2
    exit 2
  fi
  run gcloud storage cp "$jar" "gs://$bucket/jars/$jar_name"
  run gcloud storage cp "$work/dataproc.conf" "gs://$bucket/conf/dataproc.conf"
fi
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
if [[ "$dry_run" == 1 ]]; then
  echo "# files: $work/workflow-template.yaml $work/dataproc.conf"
fi

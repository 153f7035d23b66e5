# What deploy/emr/run-pipeline.sh and deploy/dataproc/run-pipeline.sh share: the options both take, the job jar of
# this version, a work folder for the files with the bucket filled in, the upload of the jar and the cloud overlay,
# and --dry-run (print each command, quoted so it can be pasted; call nothing). Sourced, not run: each platform's
# script keeps its own options, files and cloud commands.
#
# The sourcing script parses its own options and hands the rest to rp_shared_option, then calls rp_init with its
# platform's name.

# The repository root: this file is deploy/bin/lib/run-pipeline-common.sh.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
# The shared options' defaults.
bucket=""
region=""
resume=""
upload=1
dry_run=0

# Prints the calling script's header comment (from line 2 to its first line that is not a comment) and exits 0.
rp_help() {
  awk 'NR == 1 { next } /^#/ { print; next } { exit }' "$0" | sed 's/^# \{0,1\}//'
  exit 0
}

# Stops with exit code 2 (a command-line error) and a message naming the script.
rp_usage_error() {
  echo "run-pipeline.sh: $*" >&2
  exit 2
}

# Parses the option at "$@" that both platforms take, setting the variable it names; sets rp_shift to the number of
# words it used. Anything else is an unknown argument.
rp_shared_option() {
  case "$1" in
    --bucket) bucket="${2:?--bucket needs a name}"; rp_shift=2 ;;
    --region) region="${2:?--region needs a name}"; rp_shift=2 ;;
    --resume) resume="${2:?--resume needs a run id}"; rp_shift=2 ;;
    --no-upload) upload=0; rp_shift=1 ;;
    --dry-run) dry_run=1; rp_shift=1 ;;
    -h|--help) rp_help ;;
    *) rp_usage_error "unknown argument $1" ;;
  esac
}

# rp_init PLATFORM: the job jar of the pom's version (jar_name, jar) and a fresh work folder (work) under $TMPDIR.
rp_init() {
  version=$(sed -n "s:.*<version>\(.*\)</version>.*:\1:p" "$root/pom.xml" | head -n 1)
  jar_name="collab-atlas-jobs-$version-all.jar"
  jar="$root/jobs/target/$jar_name"
  work=$(mktemp -d "${TMPDIR:-/tmp}/collab-atlas-$1.XXXXXX")
}

# rp_with_bucket SOURCE DEST: a copy of SOURCE with the placeholder bucket my-atlas-bucket replaced by $bucket.
rp_with_bucket() {
  sed "s/my-atlas-bucket/$bucket/g" "$1" > "$2"
}

# Runs a command, or with --dry-run prints it (shell-quoted) instead.
run() {
  if [[ "$dry_run" == 1 ]]; then
    printf '%q ' "$@" | sed 's/ $//'
    echo
  else
    "$@"
  fi
}

# rp_upload SCHEME OVERLAY COPY-COMMAND...: unless --no-upload, copies the job jar to SCHEME://bucket/jars/ and the
# overlay $work/OVERLAY to SCHEME://bucket/conf/ with COPY-COMMAND (e.g. aws s3 cp, gcloud storage cp). A missing
# jar stops the run (exit 2) unless it is a dry run.
rp_upload() {
  local scheme="$1" overlay="$2"
  shift 2
  [[ "$upload" == 1 ]] || return 0
  if [[ ! -f "$jar" && "$dry_run" == 0 ]]; then
    rp_usage_error "$jar missing: run 'mvn -DskipTests package' first"
  fi
  run "$@" "$jar" "$scheme://$bucket/jars/$jar_name"
  run "$@" "$work/$overlay" "$scheme://$bucket/conf/$overlay"
}

# rp_list_files FILE...: with --dry-run, the "# files:" line naming the files the printed commands use.
rp_list_files() {
  if [[ "$dry_run" == 1 ]]; then
    echo "# files: $*"
  fi
}

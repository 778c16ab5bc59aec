# Shared by scripts/test.sh (`npm test`) and scripts/start.sh (`npm start`): installs Debian
# packages that are missing, as root; anyone else gets the exact command to run and exit 2.
#
#   source scripts/lib/debian-packages.sh
#   ensure_debian_packages "npm start" chromium fonts-wqy-microhei

ensure_debian_packages() {
  local who="$1"
  shift
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "$who: missing Debian packages ${missing[*]}; install them as root:" >&2
    echo "  sudo apt-get install ${missing[*]}" >&2
    exit 2
  fi
  apt-get update -qq -o DPkg::Lock::Timeout=600
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 "${missing[@]}"
}

# What the browser pages need to look right: Chinese glyphs (fonts-wqy-microhei) and the
# demo's emoji icons (fonts-noto-color-emoji), in the browser and in the screenshots.
BROWSER_FONTS=(fonts-wqy-microhei fonts-noto-color-emoji)

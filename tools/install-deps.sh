#!/usr/bin/env bash
# Installs what Skops Explorer needs to build, test and package on Debian 12.
set -euo pipefail
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 \
    build-essential cmake ninja-build pkg-config zlib1g-dev \
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev \
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n \
    libquazip1-qt6-dev nlohmann-json3-dev clang libclang-rt-14-dev \
    xvfb xauth imagemagick fonts-dejavu-core desktop-file-utils \
    shared-mime-info xdg-utils libfile-mimeinfo-perl appstream > /dev/null

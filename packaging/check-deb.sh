#!/bin/bash
# Checks a .deb of Orgwright on a fresh Debian: makes a minimal Debian 12 in a folder
# (debootstrap), installs the package there with apt (which must bring every dependency),
# starts the program under Xvfb until its first frame, takes a screenshot, runs a command-line
# check, and removes the package again. Needs root, debootstrap and a Debian mirror.
#
#   sudo packaging/check-deb.sh target/packaging/orgwright_1.0.0_amd64.deb [ROOT] [SHOT.png]
#
# ROOT (default target/packaging/debian-root) is reused when it exists, so run again quickly.
# WAIT: seconds between starting the window and the screenshot (default 40).
set -euo pipefail
deb=$(realpath "${1:?usage: check-deb.sh DEB [ROOT] [SHOT.png]}")
root=$(realpath -m "${2:-target/packaging/debian-root}")
shot=$(realpath -m "${3:-target/packaging/deb-screenshot.png}")
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

[[ -d $root/etc ]] || debootstrap --variant=minbase bookworm "$root" "$mirror"
mounted=()
cleanup() { for m in "${mounted[@]}"; do umount -l "$m" 2>/dev/null || true; done; }
trap cleanup EXIT
for m in proc sys dev; do
  mountpoint -q "$root/$m" || { mount --rbind "/$m" "$root/$m"; mount --make-rslave "$root/$m"; mounted+=("$root/$m"); }
done
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/orgwright.deb"
cp "$(dirname "$0")/../assets/samples/leadership.orgchart.json" "$root/tmp/"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 bash -c "$1"; }

echo "== package =="
dpkg-deb -I "$deb" | sed -n 's/^ \(Package\|Version\|Installed-Size\|Depends\):/\1:/p' | cut -c1-160
echo "== install into a fresh Debian ($(in_root 'dpkg -l | grep -c ^ii') packages before) =="
in_root 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/orgwright.deb >/tmp/install.log 2>&1 || { tail -20 /tmp/install.log; exit 1; }'
in_root 'dpkg -l | grep -c ^ii; dpkg -s orgwright | grep -i "^status"; ls /opt/orgwright/bin'
echo "== the menu entry and the chart file type =="
in_root 'cat /opt/orgwright/lib/orgwright-Orgwright.desktop; ls /usr/share/applications | grep -i orgwright || true; grep -rl orgwright /usr/share/mime/packages 2>/dev/null || true'
echo "== the menu icon is Orgwright's =="
# The icon the menu entry names, as installed, must be one of assets/icon's files (jpackage's
# default, Duke, once took its place), and so must the hicolor theme's copies of it.
icons=$(cd "$(dirname "$0")/../assets/icon" && sha256sum *.png | cut -d' ' -f1 | sort -u | tr '\n' ' ')
in_root "icons='$icons'"'
  ours() { case " $icons " in *" $(sha256sum "$1" | cut -d" " -f1) "*) return 0;; esac; echo "not Orgwright'"'"'s icon: $1"; return 1; }
  desktop=$(ls /usr/share/applications/*rgwright*.desktop | head -1)
  icon=$(sed -n "s/^Icon=//p" "$desktop")
  echo "menu entry $desktop, Icon=$icon"
  [ -f "$icon" ] || icon=$(find /usr/share/icons/hicolor -path "*apps*" -name "$icon.png" | head -1)
  ours "$icon"
  for f in $(find /usr/share/icons/hicolor -name "*rgwright*" -type f); do ours "$f"; done
  echo "the menu icon and the theme icons are Orgwright'"'"'s"'
echo "== command line =="
in_root 'command -v orgwright; orgwright --version; orgwright stats /tmp/leadership.orgchart.json'
echo "== window (under Xvfb) =="
in_root 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb xauth imagemagick >/dev/null 2>&1'
in_root 'xvfb-run -a -s "-screen 0 1600x1000x24" /opt/orgwright/bin/Orgwright --exit-after-first-frame'
in_root "xvfb-run -a -s '-screen 0 1600x1000x24' bash -c '/opt/orgwright/bin/Orgwright & sleep ${WAIT:-40}; import -window root /tmp/shot.png; kill %1'"
cp "$root/tmp/shot.png" "$shot"
echo "screenshot: $shot"
echo "== remove, then purge: nothing of the package remains =="
# Everything the package put on the system, MIME and icon registrations included.
leftovers='ls -d /opt/orgwright /usr/bin/orgwright 2>/dev/null
  find /usr/share/applications /usr/share/mime /usr/share/icons /usr/share/desktop-directories /etc/xdg/menus \
    \( -iname "*orgwright*" -o -name "application-x-orgwright-chart*" \) 2>/dev/null
  grep -rl "orgwright" /usr/share/applications/mimeapps.list /usr/share/applications/mimeinfo.cache \
    /usr/share/mime/globs2 /etc/xdg/menus 2>/dev/null'
in_root 'apt-get remove -y -qq orgwright >/dev/null'
left=$(in_root "$leftovers" || true)
[[ -z $left ]] || { echo "left after apt remove:"; echo "$left"; exit 1; }
echo "removed: nothing left"
in_root 'apt-get purge -y -qq orgwright >/dev/null; dpkg -l orgwright 2>/dev/null | grep -q "^[ir][ic]" && { echo "still known to dpkg"; exit 1; } || true'
left=$(in_root "$leftovers" || true)
[[ -z $left ]] || { echo "left after apt purge:"; echo "$left"; exit 1; }
echo "purged: nothing left"

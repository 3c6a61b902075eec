#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The packages as a user gets them: build the .deb files with CPack, install
# them on this machine with apt-get, run the installed programs from their
# installed paths, then purge the packages and check nothing is left behind.
#
#   install-test.sh CPACK BUILD_DIR SOURCE_DIR VERSION
#
# It changes the system, so it runs only as root (CI runs as root on Debian 12)
# and only when no Huanjiao package is installed already; otherwise it exits 77,
# which ctest reports as skipped.
set -eu
cpack=$1 build=$2 source=$3 version=$4
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

[ "$(id -u)" -eq 0 ] || skip "the install test installs packages with apt-get and needs root"
command -v apt-get >/dev/null || skip "no apt-get: not a Debian system"
for package in huanjiao huanjiao-content-sample; do
    if dpkg-query -W -f '${Status}\n' "$package" 2>/dev/null | grep -q ' installed$'; then
        skip "$package is already installed here; the test would replace and then remove it"
    fi
done
[ ! -e /usr/share/huanjiao ] || skip "/usr/share/huanjiao exists already; the test could not tell its files from ours"
[ ! -e /var/lib/huanjiao ] || skip "/var/lib/huanjiao exists already: a clinic's content may be there"

work=$(mktemp -d)
chmod 755 "$work" # apt reads local .deb files as the _apt user
installed=no
cleanup() {
    status=$?
    if [ "$installed" = yes ]; then
        echo "== cleaning up: purging the test's packages"
        apt-get purge -y -q huanjiao huanjiao-content-sample huanjiao-content-test-clinic \
            huanjiao-layer-test-chain >/dev/null 2>&1 || true
        rm -rf /var/lib/huanjiao
    fi
    rm -rf "$work"
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "building the packages"
(cd "$work" && "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >cpack.log 2>&1) ||
    { cat "$work/cpack.log"; fail "cpack failed"; }
release=$(sed -n 's/^set(CPACK_DEBIAN_PACKAGE_RELEASE "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
app_deb=$(ls "$work"/out/huanjiao_"$version"-"$release"_*.deb)
sample_deb=$(ls "$work"/out/huanjiao-content-sample_"$version"-"$release"_all.deb)
ls -l "$app_deb" "$sample_deb"
dpkg-deb --field "$app_deb" Depends Recommends
dpkg-deb --field "$sample_deb" Provides Conflicts

# What each package must contain, whatever dpkg's path filters (a Docker image
# may drop /usr/share/man) let onto the disk.
dpkg-deb --contents "$app_deb" >"$work/app.contents"
dpkg-deb --contents "$sample_deb" >"$work/sample.contents"
for path in ./usr/bin/huanjiao ./usr/libexec/huanjiao/huanjiao-gui ./usr/libexec/huanjiao/huanjiao-cli \
            ./usr/libexec/huanjiao/huanjiao-handout \
            ./usr/bin/huanjiao-content \
            ./usr/bin/huanjiao-manager \
            ./usr/share/applications/org.huanjiao.Huanjiao.desktop \
            ./usr/share/applications/org.huanjiao.Huanjiao.Manager.desktop \
            ./usr/share/metainfo/org.huanjiao.Huanjiao.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/org.huanjiao.Huanjiao.svg \
            ./usr/share/man/man1/huanjiao.1.gz ./usr/share/man/man1/huanjiao-content.1.gz \
            ./usr/share/man/man1/huanjiao-manager.1.gz \
            ./usr/share/doc/huanjiao/content-format.md \
            ./usr/lib/systemd/system/huanjiao-kiosk.service \
            ./usr/share/doc/huanjiao/examples/huanjiao-kiosk-x11.service; do
    grep -q " $path\$" "$work/app.contents" || fail "huanjiao package lacks $path"
done
for size in 16 22 24 32 48 64 128 256; do
    grep -q " ./usr/share/icons/hicolor/${size}x$size/apps/org.huanjiao.Huanjiao.png\$" "$work/app.contents" ||
        fail "huanjiao package lacks the ${size}x$size icon"
done
for package in huanjiao huanjiao-content-sample; do
    [ "$package" = huanjiao ] && contents=$work/app.contents || contents=$work/sample.contents
    for file in copyright changelog.Debian.gz; do
        grep -q " ./usr/share/doc/$package/$file\$" "$contents" || fail "$package lacks /usr/share/doc/$package/$file"
    done
done
grep -q ' ./usr/share/huanjiao/huanjiao.sqlite$' "$work/sample.contents" ||
    fail "huanjiao-content-sample lacks /usr/share/huanjiao/huanjiao.sqlite"
if grep -q ' ./usr/share/huanjiao/' "$work/app.contents"; then fail "the app package carries content"; fi

# The copyright files in the packages: machine-readable (DEP-5), with the
# licence of each part, and the newest changelog entry is this version.
step "copyright and changelog"
for deb in "$app_deb" "$sample_deb"; do
    package=$(dpkg-deb --field "$deb" Package)
    dpkg-deb -x "$deb" "$work/tree-$package"
    entry=$(gzip -dc "$work/tree-$package/usr/share/doc/$package/changelog.Debian.gz" | head -n 1)
    [ "$entry" = "huanjiao ($version-$release) unstable; urgency=medium" ] ||
        fail "$package: the newest changelog entry is '$entry'; add one for $version-$release to packaging/debian/changelog.in"
done
sh "$source/packaging/tests/check-copyright.sh" "$work/tree-huanjiao/usr/share/doc/huanjiao/copyright" \
    GPL-3.0-or-later CC0-1.0 Unicode-DFS
sh "$source/packaging/tests/check-copyright.sh" \
    "$work/tree-huanjiao-content-sample/usr/share/doc/huanjiao-content-sample/copyright" CC-BY-4.0 Unicode-DFS
grep -q 'Attribution 4.0 International' "$work/tree-huanjiao-content-sample/usr/share/doc/huanjiao-content-sample/copyright" ||
    fail "huanjiao-content-sample: the copyright file lacks the CC BY 4.0 legal code"

# Lintian, as Debian checks its archive. No error or warning may be left
# (the overridden ones say why in packaging/debian/*.lintian-overrides); the
# informational tags left are explained in packaging/README.md. It runs as an
# unprivileged user, as lintian advises.
step "lintian"
command -v lintian >/dev/null || fail "lintian is not installed (it is in packaging/debian12-packages.txt)"
chmod -R a+rX "$work/out"
lintian_status=0
runuser -u nobody -- lintian --info --display-info --pedantic --fail-on error,warning \
    "$app_deb" "$sample_deb" >"$work/lintian.txt" 2>&1 || lintian_status=$?
cat "$work/lintian.txt"
[ $lintian_status -eq 0 ] || fail "lintian found errors or warnings (exit $lintian_status)"
! grep -q '^[EW]: ' "$work/lintian.txt" || fail "lintian found errors or warnings"
echo "lintian: no error or warning; $(grep -c '^[IP]: ' "$work/lintian.txt" || true) informational or pedantic tags," \
     "$(grep -c '^O: ' "$work/lintian.txt" || true) overridden (see packaging/README.md)"

step "installing with apt-get"
installed=yes
(cd "$work/out" && apt-get install -y -q -o Dpkg::Use-Pty=0 --no-install-recommends \
    ./"$(basename "$app_deb")" ./"$(basename "$sample_deb")")
[ "$(dpkg-query -W -f '${Version}' huanjiao)" = "$version-$release" ] || fail "huanjiao $version-$release is not installed"

# Run as a user would, with no display and from elsewhere: the headless commands
# need neither. XDG paths point nowhere, so the database can only be found next
# to the program, in /usr/bin/../share/huanjiao.
run() {
    (cd / && env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
        XDG_DATA_HOME="$work/nowhere" XDG_DATA_DIRS="$work/nowhere" HOME="$work" "$@")
}

step "huanjiao --version"
run /usr/bin/huanjiao --version | tee "$work/version.txt"
grep -q "^huanjiao $version\$" "$work/version.txt" || fail "--version does not say huanjiao $version"
grep -q '^content ' "$work/version.txt" || fail "--version names no content: the database was not found"
[ "$(dpkg-query -S /usr/share/huanjiao/huanjiao.sqlite)" = "huanjiao-content-sample: /usr/share/huanjiao/huanjiao.sqlite" ] ||
    fail "/usr/share/huanjiao/huanjiao.sqlite does not belong to huanjiao-content-sample"

run /usr/bin/huanjiao --version --database "$work/nowhere/huanjiao.sqlite" >"$work/version.txt" ||
    fail "--version fails when the content database is missing"
grep -q '^content: not found' "$work/version.txt" || fail "--version does not say the content was not found"

step "huanjiao --show --json"
run /usr/bin/huanjiao --show huanjiao://condition/hemifacial-spasm --json >"$work/show.json"
[ "$(wc -l <"$work/show.json")" -eq 1 ] || fail "--show --json printed not exactly one line"
grep -q '"name":"面肌痉挛"' "$work/show.json" || fail "--show --json lacks the condition's name"
grep -q '"sample":true' "$work/show.json" || fail "--show --json does not mark the sample content"
echo "$(wc -c <"$work/show.json") bytes of JSON for 面肌痉挛"

# --handout arrives with the handout work; until the installed program offers
# it, the step says so and is left out.
if run /usr/bin/huanjiao --help | grep -q -- '--handout'; then
    step "huanjiao --handout"
    run /usr/bin/huanjiao --handout huanjiao://condition/hemifacial-spasm --output "$work/handout.pdf"
    [ "$(head -c 5 "$work/handout.pdf")" = "%PDF-" ] || fail "--handout did not write a PDF"
    if command -v pdftotext >/dev/null; then
        pdftotext "$work/handout.pdf" - | grep -q '面肌痉挛' || fail "the handout PDF has no extractable 面肌痉挛"
    fi
    echo "handout: $(wc -c <"$work/handout.pdf") bytes"
else
    echo "== huanjiao --handout: not offered by this build (huanjiao --help does not list it); step left out"
fi

# The kiosk session as the package ships it: the unit passes systemd's own
# check, its user exists with a home only it can open, and the unit's command
# (cage, then huanjiao --kiosk) brings the kiosk window up as that user, on
# cage's headless backend (no screen here). Qt's Wayland client says what it
# asks of the compositor (WAYLAND_DEBUG): a top-level window with the kiosk's
# title, configured by cage and drawn.
step "the kiosk session: huanjiao-kiosk.service under cage"
unit=/usr/lib/systemd/system/huanjiao-kiosk.service
[ -f "$unit" ] || fail "$unit is not installed"
command -v systemd-analyze >/dev/null || fail "systemd-analyze is missing (systemd is in packaging/debian12-packages.txt)"
systemd-analyze verify --man=no "$unit" || fail "systemd-analyze verify found problems in $unit"
getent passwd huanjiao-kiosk >/dev/null || fail "the package made no huanjiao-kiosk user"
kiosk_home=$(getent passwd huanjiao-kiosk | cut -d: -f6)
[ "$kiosk_home" = /var/lib/huanjiao-kiosk ] || fail "huanjiao-kiosk's home is $kiosk_home"
[ "$(stat -c '%U %a' "$kiosk_home")" = "huanjiao-kiosk 700" ] ||
    fail "$kiosk_home is $(stat -c '%U %a' "$kiosk_home"), not huanjiao-kiosk 700"
[ "$(id -u huanjiao-kiosk)" -lt 1000 ] || fail "huanjiao-kiosk is not a system user"
[ "$(sed -n 's/^User=//p' "$unit")" = huanjiao-kiosk ] || fail "the unit does not run as huanjiao-kiosk"
command -v cage >/dev/null || fail "cage is not installed (it is in packaging/debian12-packages.txt)"
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
runtime=$work/kiosk-runtime
mkdir -p "$runtime"
chown huanjiao-kiosk "$runtime"
chmod 700 "$runtime"
set +e
(cd "$kiosk_home" && runuser -u huanjiao-kiosk -- env -i PATH=/usr/bin:/bin HOME="$kiosk_home" \
    XDG_RUNTIME_DIR="$runtime" LC_ALL=C.UTF-8 QT_QPA_PLATFORM=wayland WAYLAND_DEBUG=client \
    WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman \
    timeout 25 sh -c "exec $exec_start") >"$work/kiosk.log" 2>&1
kiosk_status=$?
set -e
# timeout's 124: the kiosk was still running when it was stopped, as it should be.
[ $kiosk_status -eq 124 ] || { tail -n 40 "$work/kiosk.log"; fail "the kiosk session ended by itself (exit $kiosk_status)"; }
grep -q 'xdg_toplevel@[0-9]*\.set_title(' "$work/kiosk.log" ||
    { tail -n 40 "$work/kiosk.log"; fail "the kiosk opened no window under cage"; }
grep -q 'xdg_surface@[0-9]*\.ack_configure' "$work/kiosk.log" || fail "cage never configured the kiosk window"
grep -q 'xdg_toplevel@[0-9]*\.set_fullscreen' "$work/kiosk.log" || fail "the kiosk did not ask for the full screen"
grep -q 'wl_surface@[0-9]*\.attach(wl_buffer' "$work/kiosk.log" || fail "the kiosk window was never drawn"
echo "kiosk: window up under cage as huanjiao-kiosk ($(grep -c 'wl_surface@[0-9]*\.commit' "$work/kiosk.log") frames)"

step "huanjiao-content validate"
run /usr/bin/huanjiao-content validate "$source/database/content"

step "desktop entry and metainfo, as installed"
sh "$source/packaging/tests/check-desktop-metadata.sh" \
    /usr/share/applications/org.huanjiao.Huanjiao.desktop \
    /usr/share/metainfo/org.huanjiao.Huanjiao.metainfo.xml "$version" \
    /usr/share/applications/org.huanjiao.Huanjiao.Manager.desktop
for size in 16 48 256; do
    [ -s "/usr/share/icons/hicolor/${size}x$size/apps/org.huanjiao.Huanjiao.png" ] || fail "no ${size}x$size icon installed"
done

# The clinic's own layer (README, "The clinic's own content"): the package
# makes its folder, publishing puts the clinic's doctor on the kiosk, and an
# upgrade of the sample content keeps the layer and publishes it again (the
# huanjiao package's dpkg trigger).
step "the clinic's layer, published, kept across an upgrade of the sample content"
[ -d /var/lib/huanjiao/clinic ] || fail "the huanjiao package did not make /var/lib/huanjiao/clinic"
[ "$(stat -c %G /var/lib/huanjiao/clinic)" = huanjiao-staff ] ||
    fail "/var/lib/huanjiao/clinic does not belong to the group huanjiao-staff"
cat >/var/lib/huanjiao/clinic/content.md <<'LAYER'
@content test-clinic
name: 测试诊所
version: 1
LAYER
cat >/var/lib/huanjiao/clinic/doctors.md <<'LAYER'
@hospital test-clinic-hospital
name: 测试诊所医院
city: 南昌

@doctor zhao-lei
name: 赵磊
clinical-title: 副主任医师
works-at: test-clinic-hospital
department: neurology
specialty: 面肌痉挛的注射治疗
treats: hemifacial-spasm
LAYER
layer_before=$(cat /var/lib/huanjiao/clinic/*.md | md5sum)
run /usr/bin/huanjiao-content publish
run /usr/bin/huanjiao --version | grep -q '^overlay test-clinic 1 ' || fail "huanjiao does not open the published database"
run /usr/bin/huanjiao --show huanjiao://doctor/zhao-lei >/dev/null || fail "the clinic's doctor is not on the kiosk"
stamp_before=$(cat /var/lib/huanjiao/huanjiao.sqlite.base)

# A second version of the sample content, built here: the same package with
# a database built again (so its time stamp and build date differ).
upgrade=$work/sample-upgrade
dpkg-deb -R "$sample_deb" "$upgrade"
sed -i "s/^Version: .*/Version: $version-$release+upgrade1/" "$upgrade/DEBIAN/control"
rm -f "$upgrade/DEBIAN/md5sums"
run /usr/bin/huanjiao-content build "$source/database/content" --no-lint \
    -o "$upgrade/usr/share/huanjiao/huanjiao.sqlite" >/dev/null
rm -f "$upgrade/usr/share/huanjiao/huanjiao.sqlite.bak"
touch -d '+1 hour' "$upgrade/usr/share/huanjiao/huanjiao.sqlite"
dpkg-deb --root-owner-group --build "$upgrade" "$work/out/sample-upgrade.deb" >/dev/null
(cd "$work/out" && apt-get install -y -q -o Dpkg::Use-Pty=0 ./sample-upgrade.deb)
[ "$(dpkg-query -W -f '${Version}' huanjiao-content-sample)" = "$version-$release+upgrade1" ] ||
    fail "the sample content was not upgraded"
[ "$(cat /var/lib/huanjiao/clinic/*.md | md5sum)" = "$layer_before" ] || fail "the upgrade changed the clinic's layer"
run /usr/bin/huanjiao --version | tee "$work/version.txt"
grep -q '^overlay test-clinic 1 ' "$work/version.txt" ||
    fail "after the upgrade huanjiao does not open a database published over the new base"
run /usr/bin/huanjiao --show huanjiao://doctor/zhao-lei >/dev/null || fail "the upgrade lost the clinic's doctor"
[ "$(cat /var/lib/huanjiao/huanjiao.sqlite.base)" != "$stamp_before" ] ||
    fail "the trigger did not publish the layer again over the new base"
rm -f /var/lib/huanjiao/clinic/*.md

# A chain's layer as a Debian package of its own (huanjiao-content package).
step "a chain's layer as a package"
chain=$work/chain
mkdir -p "$chain/clinic"
cat >"$chain/clinic/content.md" <<'LAYER'
@content test-chain
name: 测试连锁诊所
version: 2026.1
LAYER
cat >"$chain/clinic/doctors.md" <<'LAYER'
@hospital test-chain-hospital
name: 测试连锁医院
city: 南昌

@doctor qian-yu
name: 钱玉
clinical-title: 主治医师
works-at: test-chain-hospital
department: neurology
specialty: 眼睑痉挛的注射治疗
treats: blepharospasm
LAYER
run /usr/bin/huanjiao-content package --root "$chain" -o "$work/out/chain.deb"
[ "$(dpkg-deb --field "$work/out/chain.deb" Package)" = huanjiao-layer-test-chain ] ||
    fail "the chain's package is not named huanjiao-layer-test-chain"
dpkg-deb --contents "$work/out/chain.deb" | grep -q ' ./usr/share/huanjiao/layers/test-chain/doctors.md$' ||
    fail "the chain's package lacks its layer"

# A clinic's own content replaces the sample the way huanjiao-content(1)
# describes: a package that Provides, Conflicts and Replaces huanjiao-content,
# built here with the installed builder from the test fixture content.
step "replacing the sample with a clinic's content package"
clinic=$work/clinic
mkdir -p "$clinic/DEBIAN" "$clinic/usr/share/huanjiao"
run /usr/bin/huanjiao-content build "$source/tests/database/fixtures/valid" \
    -o "$clinic/usr/share/huanjiao/huanjiao.sqlite"
cat >"$clinic/DEBIAN/control" <<CONTROL
Package: huanjiao-content-test-clinic
Version: 1.0
Architecture: all
Maintainer: Huanjiao install test <root@localhost>
Provides: huanjiao-content
Conflicts: huanjiao-content
Replaces: huanjiao-content
Description: content of a test clinic for the Huanjiao install test
 Built by packaging/tests/install-test.sh and removed again.
CONTROL
dpkg-deb --root-owner-group --build "$clinic" "$work/out/clinic.deb" >/dev/null
(cd "$work/out" && apt-get install -y -q -o Dpkg::Use-Pty=0 ./clinic.deb)
dpkg-query -W -f '${Status}\n' huanjiao | grep -q ' installed$' || fail "installing clinic content removed huanjiao"
if dpkg-query -W -f '${Status}\n' huanjiao-content-sample | grep -q ' installed$'; then
    fail "huanjiao-content-sample is still installed next to the clinic's content"
fi
run /usr/bin/huanjiao --version | tee "$work/version.txt"
grep -q '^content 1.0 (测试内容' "$work/version.txt" || fail "huanjiao does not read the clinic's content"
run /usr/bin/huanjiao --show huanjiao://condition/tic >/dev/null || fail "huanjiao cannot show the clinic's condition"

step "purging"
apt-get purge -y -q -o Dpkg::Use-Pty=0 huanjiao huanjiao-content-test-clinic
installed=no
for package in huanjiao huanjiao-content-sample huanjiao-content-test-clinic; do
    if dpkg-query -W -f '${Status}\n' "$package" 2>/dev/null | grep -q ' installed$'; then
        fail "$package is still installed after purge"
    fi
done
[ ! -e /usr/share/huanjiao ] || { find /usr/share/huanjiao; fail "files are left under /usr/share/huanjiao"; }
[ ! -e /var/lib/huanjiao-kiosk ] || fail "the kiosk user's home /var/lib/huanjiao-kiosk is left after purge"
# No file of either package may be left.
left=$(awk '$1 !~ /^d/ { print substr($6, 2) }' "$work/app.contents" "$work/sample.contents" |
       while read -r path; do [ ! -e "$path" ] || echo "$path"; done)
[ -z "$left" ] || fail "left after purge: $left"
rm -rf /var/lib/huanjiao

# A fresh machine of the chain: the app, the sample content and the chain's
# package, installed together; the chain's doctor is on the kiosk.
step "the chain's package on a fresh machine"
installed=yes
(cd "$work/out" && apt-get install -y -q -o Dpkg::Use-Pty=0 --no-install-recommends \
    ./"$(basename "$app_deb")" ./"$(basename "$sample_deb")" ./chain.deb)
run /usr/bin/huanjiao --version | tee "$work/version.txt"
grep -q '^overlay test-chain 2026.1 ' "$work/version.txt" || fail "huanjiao does not show the chain's layer"
run /usr/bin/huanjiao --show huanjiao://doctor/qian-yu >/dev/null || fail "the chain's doctor is not on the kiosk"
apt-get purge -y -q -o Dpkg::Use-Pty=0 huanjiao huanjiao-content-sample huanjiao-layer-test-chain
installed=no
rm -rf /var/lib/huanjiao
[ ! -e /usr/share/huanjiao ] || { find /usr/share/huanjiao; fail "files are left under /usr/share/huanjiao"; }
echo "PASS: built, installed, ran, upgraded and replaced the content of, installed a chain's layer into and purged huanjiao $version-$release"

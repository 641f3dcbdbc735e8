#!/usr/bin/env bash
# Makes the base image that Jib puts Verme on (verme-app's pom.xml, `package`), as a Docker archive
# (what `docker save` writes), without a Docker daemon and without a registry: nothing is pulled.
#
#   base-image.sh JAVA_HOME OUTPUT_DIRECTORY HEALTH_CHECK_CLASS
#
# What is in it, and nothing else:
# - /opt/java: a Java runtime linked by jlink from the build's own JDK, with the modules Verme uses (what
#   `jdeps --print-module-deps` finds in the application and its libraries, and the ones it loads as
#   services: elliptic curves and Ed25519, locale data for fi/sv/en, extra charsets, JNDI DNS, zip file
#   systems), and jcmd for thread dumps. Without the X11 and sound libraries: Verme draws nothing on a
#   screen. Without a class-data archive (jlink --generate-cds-archive): JDK 17 does not make it the same
#   twice, and it saved a tenth of a second of the health check's start.
# - the JDK's CA certificates, copied as a file (on Debian lib/security/cacerts is a link into /etc);
# - exactly the shared libraries the runtime links against (ldd on every program and library of it), with
#   the dynamic loader; and what the embedded PostgreSQL needs on top of the libraries its binaries bring:
#   the C++ runtime, and /bin/sh, through which pg_ctl and initdb start the server;
# - /etc/passwd and /etc/group with the user verme (10001), /etc/hosts with localhost, /tmp (1777), and
#   /var/lib/verme, owned by verme, where Verme keeps its data and keys.
#
# The image's configuration sets the user, the runtime's PATH and JAVA_HOME, the working directory, the
# port, and a health check: Verme's own readiness probe (HEALTH_CHECK_CLASS, in Verme's classes, which Jib
# puts in /app/classes), run by the runtime. Jib keeps all of it from the base image.
#
# The layers are reproducible: sorted, every time 0, owners by number. The same JDK and libraries give the
# same bytes, so a rebuild changes the base layers' digests only when the runtime really changed.
set -euo pipefail
umask 022

java_home=$1
out=$2
health_check=$3

modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,\
java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,\
java.sql.rowset,java.xml,jdk.charsets,jdk.crypto.ec,jdk.jcmd,jdk.jfr,jdk.localedata,jdk.management,\
jdk.naming.dns,jdk.unsupported,jdk.zipfs
uid=10001
ldconfig=$(command -v ldconfig || echo /sbin/ldconfig)

if [ ! -f "$java_home/jmods/java.base.jmod" ]; then
    echo "jlink needs the JDK's modules in $java_home/jmods (Debian: openjdk-17-jdk-headless, or openjdk-17-jmods" \
        "where it is a package of its own); or build without the image: -Dverme.image.skip" >&2
    exit 1
fi

# Made again only when something it is made from changed: this script, its arguments, the JDK, or one of
# the libraries copied last time (the stamp lists them with their size and time).
stamp=$out/base.stamp
inputs=$( { cat "$0"; echo "$java_home $health_check"; cat "$java_home/release"; \
    stat -L -c '%n %s %Y' "$java_home"/jmods/* "$java_home"/lib/server/libjvm.so /bin/sh; } | sha256sum)
if [ -f "$out/base.tar" ] && [ -f "$stamp" ] && [ "$(head -n 1 "$stamp")" = "$inputs" ] \
        && [ "$(tail -n +2 "$stamp" | cut -d' ' -f1 | xargs -r stat -L -c '%n %s %Y' 2>/dev/null)" = "$(tail -n +2 "$stamp")" ]; then
    echo "The base image is up to date: $out/base.tar"
    exit 0
fi

rm -rf "$out"
mkdir -p "$out/layers"
root=$out/rootfs
mkdir -p "$root"

# Merged /usr, as Debian has it: /bin, /lib and /lib64 lead into /usr.
mkdir -p "$root/usr/bin" "$root/usr/lib" "$root/usr/lib64"
ln -s usr/bin "$root/bin"
ln -s usr/lib "$root/lib"
ln -s usr/lib64 "$root/lib64"

"$java_home/bin/jlink" --add-modules "$modules" --include-locales=en,fi,sv \
    --strip-debug --no-man-pages --no-header-files \
    --exclude-files='**libawt_xawt.so,**libjawt.so,**libsplashscreen.so,**libjsound.so' \
    --output "$root/opt/java" > /dev/null
cp -L --remove-destination "$java_home/lib/security/cacerts" "$root/opt/java/lib/security/cacerts"

# Copies a file the runtime needs to the same path in the image, resolving links in the directories
# (/lib is /usr/lib) but keeping the file's own name (the soname the loader asks for).
copy_library() {
    local directory
    directory=$(readlink -f "$(dirname "$1")")
    case $directory in
        /lib*|/bin*|/sbin*) directory=/usr$directory ;;
    esac
    if [ ! -e "$root$directory/$(basename "$1")" ]; then
        mkdir -p "$root$directory"
        cp -L "$1" "$root$directory/$(basename "$1")"
    fi
}

copy_library "$(readlink -f /bin/sh)"
ln -s "$(basename "$(readlink -f /bin/sh)")" "$root/usr/bin/sh"

elves=("$root/usr/bin/$(basename "$(readlink -f /bin/sh)")")
while IFS= read -r -d '' file; do
    elves+=("$file")
done < <(find "$root/opt/java" -type f \( -path '*/bin/*' -o -name '*.so' -o -name jspawnhelper -o -name jexec \) -print0)

linked=$(for elf in "${elves[@]}"; do
    LD_LIBRARY_PATH="$root/opt/java/lib:$root/opt/java/lib/server" ldd "$elf"
done)
libraries=$(awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }' <<< "$linked" | grep -v "^$root" | sort -u)
missing=$(grep 'not found' <<< "$linked" || true)
if [ -n "$missing" ]; then
    echo "The Java runtime links against libraries this machine does not have:" >&2
    echo "$missing" >&2
    exit 1
fi
# The embedded PostgreSQL's binaries (io.zonky) bring their own libraries but for the C and C++ runtimes.
for soname in libstdc++.so.6 libgcc_s.so.1 libm.so.6 libdl.so.2 libpthread.so.0 librt.so.1; do
    libraries+=$'\n'$("$ldconfig" -p | awk -v name="$soname" '$1 == name && /x86-64/ && !found { print $NF; found = 1 }')
done
for library in $libraries; do
    copy_library "$library"
done

mkdir -p "$root/etc" "$root/tmp" "$root/var/lib/verme"
cat > "$root/etc/passwd" <<EOF
root:x:0:0:root:/root:/usr/sbin/nologin
verme:x:$uid:$uid:Verme:/var/lib/verme:/usr/sbin/nologin
EOF
cat > "$root/etc/group" <<EOF
root:x:0:
verme:x:$uid:
EOF
# The embedded PostgreSQL listens on "localhost". Docker and Kubernetes lay their own /etc/hosts over this
# one; it is there for a runtime that does not.
cat > "$root/etc/hosts" <<EOF
127.0.0.1 localhost
::1 localhost ip6-localhost ip6-loopback
EOF
cat > "$root/etc/nsswitch.conf" <<EOF
passwd: files
group: files
hosts: files dns
EOF
# Readable by everyone, whatever the umask of whoever builds it: the image runs as verme, not root.
chmod -R a+rX,go-w "$root"
chmod 1777 "$root/tmp"
chmod 700 "$root/var/lib/verme"

# Two layers: everything root's, and Verme's own directory, owned by verme (a volume mounted there starts
# with that owner too).
common=(--format=gnu --sort=name --mtime=@0 --numeric-owner --no-acls --no-xattrs --no-selinux)
tar "${common[@]}" --owner=0 --group=0 --exclude=./var/lib/verme -C "$root" -cf "$out/layers/system.tar" .
tar "${common[@]}" --owner=$uid --group=$uid --no-recursion -C "$root" -cf "$out/layers/verme.tar" ./var/lib/verme

diff_ids=()
for layer in system verme; do
    diff_ids+=("\"sha256:$(sha256sum "$out/layers/$layer.tar" | cut -d' ' -f1)\"")
done
seconds=1000000000
cat > "$out/layers/config.json" <<EOF
{
  "architecture": "amd64",
  "os": "linux",
  "created": "1970-01-01T00:00:00Z",
  "config": {
    "User": "$uid:$uid",
    "Env": [
      "PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
      "JAVA_HOME=/opt/java"
    ],
    "WorkingDir": "/var/lib/verme",
    "ExposedPorts": {"8080/tcp": {}},
    "Healthcheck": {
      "Test": ["CMD", "/opt/java/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx16m",
               "-XX:-UsePerfData", "-cp", "/app/classes", "$health_check"],
      "Interval": $((30 * seconds)),
      "Timeout": $((10 * seconds)),
      "StartPeriod": $((300 * seconds)),
      "Retries": 3
    }
  },
  "rootfs": {"type": "layers", "diff_ids": [$(IFS=,; echo "${diff_ids[*]}")]},
  "history": [
    {"created": "1970-01-01T00:00:00Z", "created_by": "verme-app/src/image/base-image.sh: a Java runtime (jlink) and the libraries it needs"},
    {"created": "1970-01-01T00:00:00Z", "created_by": "verme-app/src/image/base-image.sh: /var/lib/verme, owned by verme"}
  ]
}
EOF
cat > "$out/layers/manifest.json" <<EOF
[{"Config": "config.json", "RepoTags": ["verme-base:latest"], "Layers": ["system.tar", "verme.tar"]}]
EOF
tar "${common[@]}" --owner=0 --group=0 -C "$out/layers" -cf "$out/base.tar" manifest.json config.json system.tar verme.tar
rm -rf "$root" "$out/layers"
{ echo "$inputs"; for library in $libraries; do stat -L -c '%n %s %Y' "$library"; done; } > "$stamp"
echo "Made the base image $out/base.tar"

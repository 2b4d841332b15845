#!/bin/sh
# Start the local SolrCloud (see LocalCluster.java). Builds the launcher first when needed.
# Usage: cluster/start.sh --state FILE [--nodes N] [--base-dir DIR] [--auth-user USER]
#        [--tls-keystore P12 --tls-truststore P12]  (store password in $SEARCH_APP_SOLR_TLS_PASSWORD)
# (with --auth-user, the password is read from $SEARCH_APP_SOLR_PASSWORD).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cp_file="$here/target/classpath.txt"
if [ ! -f "$cp_file" ] || [ -n "$(find "$here/src" "$here/pom.xml" -newer "$cp_file" 2>/dev/null)" ]; then
    echo "building the cluster launcher (first time: Maven downloads about 120 MB)..." >&2
    mvn -B -q -f "$here/pom.xml" package -DskipTests >&2
    touch "$cp_file"  # the plugin leaves an unchanged file alone
fi
# Small heap: the machine is shared; the test corpus is small.
exec java ${SEARCH_APP_SOLR_JAVA_OPTS:--Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1} \
    -cp "$here/target/classes:$(cat "$cp_file")" \
    searchapp.cluster.LocalCluster --configset "$here/configset" "$@"

# Sourced by scripts/test.sh: start a throwaway PostgreSQL server on 127.0.0.1 for the
# tests, export TREASURER_TEST_PG_URL, and stop and remove it when the shell exits.
# Does nothing if TREASURER_TEST_PG_URL is already set (a server of your own).
if [ -z "${TREASURER_TEST_PG_URL:-}" ]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$pg_bin" ]; then
    echo "pg: PostgreSQL is not installed (apt-get install postgresql)" >&2
    return 1
  fi
  pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/treasurer-pg.XXXXXX")
  pg_port=$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_pg=()
  if [ "$(id -u)" -eq 0 ]; then        # the server refuses to run as root
    chown postgres "$pg_dir"
    as_pg=(runuser -u postgres --)
  fi
  "${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U treasurer -E UTF8 \
    --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
    || { cat "$pg_dir/initdb.log" >&2; return 1; }
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-h 127.0.0.1 -p $pg_port -k $pg_dir -F -c max_connections=200" start >/dev/null \
    || { cat "$pg_dir/server.log" >&2; return 1; }
  trap '"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1; rm -rf "$pg_dir"' EXIT
  export TREASURER_TEST_PG_URL="postgresql+psycopg://treasurer@127.0.0.1:$pg_port/postgres"
  echo "pg: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port"
fi

"""idle_connections.py PORT COUNT READY DONE: opens COUNT keep-alive connections to
127.0.0.1:PORT, makes one request on each and reads its answer, then creates the file
READY and keeps them all open, idle, until the file DONE appears (at most 120 s)."""
import os
import resource
import socket
import sys
import time

port, count, ready, done = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, count + 100), hard))
request = b"GET / HTTP/1.1\r\nHost: bench\r\n\r\n"
conns = []
for _ in range(count):
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    s.sendall(request)
    conns.append(s)
for s in conns:
    got = b""
    while b"\r\n\r\n" not in got:
        chunk = s.recv(4096)
        if not chunk:
            sys.exit("idle_connections: a connection closed before answering")
        got += chunk
open(ready, "w").close()
deadline = time.monotonic() + 120
while not os.path.exists(done) and time.monotonic() < deadline:
    time.sleep(0.1)
for s in conns:
    s.close()

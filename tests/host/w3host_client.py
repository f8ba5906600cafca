"""Starting and stopping a w3host for a test, and a raw HTTP/1.1 client over a socket.

Every server listens on 127.0.0.1 on a port picked free for it, and is stopped (SIGTERM,
then SIGKILL after a grace period) when its `with` block ends, whatever happened."""
import os
import signal
import socket
import subprocess
import tempfile
import time

TIMEOUT = 20.0


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class W3Host:
    def __init__(self, exe, args, port=None, wait=True):
        self.port = port or free_port()
        self.errfile = tempfile.TemporaryFile()
        argv = (list(exe) if isinstance(exe, (list, tuple)) else [exe]) + list(args)
        if not any(a in ("--listen", "--config") or a.startswith("/config:") for a in args):
            argv += ["--listen", "127.0.0.1:%d" % self.port]
        self.proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=self.errfile,
                                     stderr=self.errfile)
        if wait:
            self.wait_ready()

    def wait_ready(self):
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError("w3host exited with %d: %s" % (self.proc.returncode,
                                                                    self.stderr()))
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.05)
        raise AssertionError("w3host did not start listening: " + self.stderr())

    def stderr(self):
        self.errfile.seek(0)
        return self.errfile.read().decode("utf-8", "replace")

    def stop(self, sig=signal.SIGTERM):
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(TIMEOUT)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
        self.errfile.close()

    def connect(self, rcvbuf=None):
        """rcvbuf: a fixed receive buffer (no autotuning), for a client that reads slowly."""
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.settimeout(TIMEOUT)
        if rcvbuf is not None:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
        s.connect(("127.0.0.1", self.port))
        return Conn(s)


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers  # lower-case names
        self.body = body

    def header(self, name):
        return self.headers.get(name.lower())


class Conn:
    def __init__(self, sock):
        self.sock = sock
        self.buf = bytearray()  # grows in place: multi-megabyte bodies stay linear

    def send(self, data):
        self.sock.sendall(data if isinstance(data, bytes) else data.encode("latin-1"))

    def _fill(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            return False
        self.buf += chunk
        return True

    def read_response(self, head=False):
        """One response; None if the server closed before sending one."""
        while b"\r\n\r\n" not in self.buf:
            if not self._fill():
                if self.buf:
                    raise AssertionError("connection closed mid-response: %r" % self.buf)
                return None
        head_bytes, self.buf = self.buf.split(b"\r\n\r\n", 1)
        lines = head_bytes.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ")[1])
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = 0 if head or status in (204, 304) else int(headers.get("content-length", "0"))
        while len(self.buf) < length:
            if not self._fill():
                raise AssertionError("connection closed mid-body")
        body, self.buf = bytes(self.buf[:length]), self.buf[length:]
        return Response(status, headers, body)

    def take_raw_until(self, marker):
        """The raw bytes until `marker` has arrived or the server closed the connection;
        they leave the buffer."""
        while marker not in self.buf:
            if not self._fill():
                break
        raw, self.buf = bytes(self.buf), bytearray()
        return raw

    def closed_by_server(self):
        """True when the server ends the connection (EOF or reset) within the timeout."""
        try:
            while True:
                chunk = self.sock.recv(65536)
                if not chunk:
                    return True
                self.buf += chunk
        except ConnectionResetError:
            return True
        except socket.timeout:
            return False

    def close(self):
        self.sock.close()


def request(port_or_host, path, headers=None, method="GET"):
    """A single request on a fresh connection."""
    c = port_or_host.connect()
    try:
        extra = "".join("%s: %s\r\n" % kv for kv in (headers or {}).items())
        c.send("%s %s HTTP/1.1\r\nHost: localhost\r\n%sConnection: close\r\n\r\n" %
               (method, path, extra))
        return c.read_response(head=(method == "HEAD"))
    finally:
        c.close()

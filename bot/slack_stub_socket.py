"""The server side of a WebSocket (RFC 6455), for the Web API stand-in's Socket Mode.

Enough of the protocol for Slack's Socket Mode clients: text frames out (unmasked), masked
frames in, pings answered, a clean close.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from collections.abc import Iterator

WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


class WebSocket:
    """The server side of one WebSocket (RFC 6455): unmasked frames out, masked frames in."""

    def __init__(self, connection: socket.socket) -> None:
        self.connection = connection
        self._send_lock = threading.Lock()
        self._closed = False

    def send_text(self, text: str) -> None:
        self._send(0x1, text.encode("utf-8"))

    def _send(self, opcode: int, data: bytes) -> None:
        size = len(data)
        if size < 126:
            head = struct.pack("!BB", 0x80 | opcode, size)
        elif size < 1 << 16:
            head = struct.pack("!BBH", 0x80 | opcode, 126, size)
        else:
            head = struct.pack("!BBQ", 0x80 | opcode, 127, size)
        with self._send_lock:
            self.connection.sendall(head + data)

    def _read(self, size: int) -> bytes:
        chunks = b""
        while len(chunks) < size:
            chunk = self.connection.recv(size - len(chunks))
            if not chunk:
                raise ConnectionError("closed")
            chunks += chunk
        return chunks

    def messages(self) -> Iterator[str]:
        """Text messages from the client; pings answered; ends when the client closes."""
        try:
            while not self._closed:
                first, second = self._read(2)
                opcode, size = first & 0x0F, second & 0x7F
                if size == 126:
                    (size,) = struct.unpack("!H", self._read(2))
                elif size == 127:
                    (size,) = struct.unpack("!Q", self._read(8))
                mask = self._read(4) if second & 0x80 else b"\0\0\0\0"
                data = bytes(b ^ mask[i % 4] for i, b in enumerate(self._read(size)))
                if opcode == 0x1:
                    yield data.decode("utf-8")
                elif opcode == 0x9:
                    self._send(0xA, data)
                elif opcode == 0x8:
                    self._send(0x8, data[:2])
                    return
        except (ConnectionError, OSError):
            return

    def close(self) -> None:
        self._closed = True
        with contextlib.suppress(OSError):
            self._send(0x8, struct.pack("!H", 1001))
            self.connection.shutdown(socket.SHUT_RDWR)

#!/usr/bin/env python3
"""A network link with latency, for the replication between the members of scripts/ha.sh.

    ha_link.py LISTEN_PORT TARGET_PORT DELAY_MS

Relays every TCP connection made to 127.0.0.1:LISTEN_PORT to 127.0.0.1:TARGET_PORT and hands on
each chunk of bytes DELAY_MS after it arrived, in both directions, in order: on loopback the
standby would otherwise receive the WAL within microseconds, unlike a standby on another host.
When one end goes away, what is already on the way still arrives, then the other end is closed.
"""

import asyncio
import sys


async def carry(reader, writer, delay: float):
    loop = asyncio.get_running_loop()
    in_flight = asyncio.Queue()

    async def deliver():
        try:
            while (item := await in_flight.get()) is not None:
                due, data = item
                await asyncio.sleep(max(0.0, due - loop.time()))
                writer.write(data)
                await writer.drain()
        except ConnectionError:
            pass
        finally:
            writer.close()

    delivering = asyncio.create_task(deliver())
    try:
        while data := await reader.read(65536):
            in_flight.put_nowait((loop.time() + delay, data))
    except ConnectionError:
        pass
    in_flight.put_nowait(None)
    await delivering


async def relay(target_port: int, delay: float, client_reader, client_writer):
    try:
        server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target_port)
    except OSError:
        client_writer.close()
        return
    await asyncio.gather(carry(client_reader, server_writer, delay), carry(server_reader, client_writer, delay))


async def main(listen_port: int, target_port: int, delay: float):
    server = await asyncio.start_server(lambda r, w: relay(target_port, delay, r, w), "127.0.0.1", listen_port)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]) / 1000))

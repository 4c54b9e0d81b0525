"""The project's input channels for the Rasa server (named in credentials.yml).

- ``channels.rest.GuardedRestInput``: Rasa's REST channel with input checks.
- ``channels.socketio.GuardedSocketIOInput``: Rasa's socket.io channel with an
  origin check, input checks and no leak between sessions on "start over".
- ``channels.action_guard``: a short "I'm having trouble" reply and a timeout
  when the action server is down or slow; installed by both channels.
- ``channels.speedups``: work Rasa repeats on every message for nothing
  (found with py-spy), done once; SQLite in WAL mode. Installed by both.
- ``channels.heap``: the loaded model's objects frozen out of the garbage
  collector's full walks (2.2 s each).

Why each exists and what the stock channel does instead: the module docs.
"""

"""One JSON object per log line, for log collectors (Loki, ELK, journald, a cloud's log service).

json.dumps does the escaping: quotes, newlines and tracebacks in a message can never break a line.
"""

import json
import logging
from datetime import UTC, datetime

# Attributes every LogRecord has; anything else was passed through `extra=` and is kept.
_STANDAARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName"}


class JsonFormatter(logging.Formatter):
    def format(self, record):
        data = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            data["exc_info"] = self.formatException(record.exc_info)
        if record.stack_info:
            data["stack_info"] = self.formatStack(record.stack_info)
        for key, value in vars(record).items():
            if key not in _STANDAARD and not key.startswith("_"):
                data[key] = value if isinstance(value, str | int | float | bool | type(None)) else repr(value)
        return json.dumps(data, ensure_ascii=False)

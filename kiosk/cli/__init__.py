"""The command-line contract (DESIGN.md). Every verb honours KIOSK_HOME and KIOSK_CENTER_URL.

Each verb group is a module here with ``register(verbs)``, which adds its parsers and sets
``func`` to its handler ``(config, args) -> exit code``. Only the module of the verb given is
imported (``kiosk run`` must not pay for the center, the policy index or OpenCV at start-up);
``kiosk --help`` or an unknown verb imports them all. Bad input exits 2 with one plain line;
an internal error exits 1 with one line, its trace going to the log, never to the terminal.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys

from kiosk import config as config_module
from kiosk import logs
from kiosk.cli._base import Parser, UsageError
from kiosk.core.errors import PlainError
from kiosk.store.errors import StoreError, plain_failure

# verb -> the module in this package that registers it
VERBS = {
    "run": "run",
    "screenshot": "run",
    "center": "center",
    "voucher": "center",
    "policy": "policy",
    "face": "face",
    "filing": "filing",
    "sync": "sync",
    "store": "store",
    "qr": "qr",
    "say": "say",
    "staff": "staff",
    "audit": "audit",
    "hall": "hall",
    "card": "card",
}
log = logging.getLogger("kiosk.cli")


def _modules_for(argv: list[str]) -> list[str]:
    verb = next((word for word in argv if not word.startswith("-")), "run")
    if verb in VERBS:
        return [VERBS[verb]]
    return list(dict.fromkeys(VERBS.values()))


def parser(argv: list[str] | None = None) -> Parser:
    top = Parser(prog="kiosk", description="医保自助服务一体机")
    verbs = top.add_subparsers(dest="verb", parser_class=Parser)
    for name in _modules_for(sys.argv[1:] if argv is None else argv):
        try:
            module = importlib.import_module(f"kiosk.cli.{name}")
        except ModuleNotFoundError as missing:
            if missing.name != f"kiosk.cli.{name}":
                raise
            continue  # a verb group not in this build
        module.register(verbs)
    top.set_defaults(func=_launch)  # plain `kiosk` launches it
    return top


def _launch(cfg, args) -> int:
    from kiosk.cli.run import run_kiosk

    args.fullscreen, args.tour, args.ready_file = False, None, None
    return run_kiosk(cfg, args)


def _config(args) -> config_module.Config:
    chosen = vars(args)
    return config_module.load(
        center_url=chosen.get("center"),
        locale=chosen.get("locale"),
        scale=chosen.get("scale"),
        theme=chosen.get("theme"),
    )


def main(argv: list[str] | None = None) -> int:
    args = parser(argv).parse_args(argv)
    where = "the log"
    try:
        os.umask(0o077)  # what the kiosk writes (store, WAL, data key, logs) is for its own user only
        cfg = _config(args)
        logs.setup(cfg.log_dir)
        where = str(cfg.log_dir / "kiosk.log")
        code = args.func(cfg, args)
    except (UsageError, config_module.ConfigError) as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        code = 2
    except PlainError as exc:  # the center or the store said no, in words a person can act on
        print(f"kiosk: {exc.sentence}", file=sys.stderr)
        code = 1
    except StoreError as exc:  # the store or its key: what is wrong and what staff can do
        log.error("kiosk %s: %s", args.verb or "run", exc)
        print(f"kiosk: {exc}", file=sys.stderr)
        code = 1
    except KeyboardInterrupt:
        code = 130
    except Exception as exc:  # a bug or a broken environment: one line here, the trace in the log
        log.exception("kiosk %s failed", args.verb or "run")
        known = plain_failure(exc)  # a full disk, a damaged database: said as such
        print(
            f"kiosk: {known}; the details are in {where}"
            if known
            else f"kiosk: internal error ({type(exc).__name__}); the details are in {where}",
            file=sys.stderr,
        )
        code = 1
    if "dlib" in sys.modules and argv is None:
        exit_without_teardown(code)
    return code


def exit_without_teardown(code: int) -> None:
    """Once dlib is loaded, the interpreter's final teardown can abort ("deallocating None/True":
    an extension releases a shared object once too often while modules are torn down). All
    work is done and flushed here, so leave without that teardown and keep the real exit code."""
    import os

    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)

#!/usr/bin/env python
import sys

from config.startup import setup

if __name__ == "__main__":
    setup("config.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)

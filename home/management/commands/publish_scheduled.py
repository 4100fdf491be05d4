from wagtail.management.commands.publish_scheduled import Command as WagtailCommand

from home.management.councils import across_councils_command

Command = across_councils_command(
    WagtailCommand,
    "cron publishes what each council's editors scheduled, and the signals "
    "that follow act for each record's own council.",
)

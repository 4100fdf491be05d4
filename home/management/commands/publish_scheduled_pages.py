from wagtail.management.commands.publish_scheduled_pages import Command as WagtailCommand

from home.management.councils import across_councils_command

Command = across_councils_command(
    WagtailCommand, "cron publishes what each council's editors scheduled."
)

#include "TreeCommand.h"

#include "Audit.h"
#include "CommandContext.h"
#include "TreePrinter.h"

using namespace skops;

int TreeCommand::run(CliIo &io, const QStringList &arguments)
{
    CommandContext context(io, QStringLiteral("tree"),
                           tr("Print the node tree of FILE exactly as "
                              "skops.io.visualize(FILE, show=...) prints it."));
    const QCommandLineOption show(QStringLiteral("show"),
                                  tr("Which nodes: all, untrusted or trusted (default all)."),
                                  tr("which"), QStringLiteral("all"));
    context.parser().addOption(show);
    if (const int status = context.parse(arguments); status != CommandContext::kContinue)
        return status;

    ShowFilter filter = ShowFilter::All;
    const QString showValue = context.parser().value(show);
    if (showValue == QLatin1String("untrusted"))
        filter = ShowFilter::Untrusted;
    else if (showValue == QLatin1String("trusted"))
        filter = ShowFilter::Trusted;
    else if (showValue != QLatin1String("all"))
        return io.error(tr("--show takes all, untrusted or trusted, not \"%1\"").arg(showValue));

    if (const int status = context.open(); status != CommandContext::kContinue)
        return status;
    const Audit audit = Audit::run(context.file().tree(), context.profile());
    TreePrinter printer(context.file(), audit);
    printer.print(filter, [&io](const QString &line) { io.write(line + QLatin1Char('\n')); });
    return 0;
}

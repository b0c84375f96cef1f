#include "InspectCli.h"

#include "ArraysCommand.h"
#include "AuditCommand.h"
#include "ExportCommand.h"
#include "TreeCommand.h"

#include <QCommandLineParser>

int InspectCli::run(const QStringList &arguments)
{
    const QString command = arguments.size() > 1 ? arguments.at(1) : QString();
    if (command == QLatin1String("tree"))
        return TreeCommand::run(m_io, arguments);
    if (command == QLatin1String("audit"))
        return AuditCommand::run(m_io, arguments);
    if (command == QLatin1String("arrays"))
        return ArraysCommand::run(m_io, arguments);
    if (command == QLatin1String("export"))
        return ExportCommand::run(m_io, arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Inspect and audit scikit-learn .skops files without Python.\n\n"
           "Commands:\n"
           "  tree FILE     print the node tree, as skops.io.visualize does\n"
           "  audit FILE    list the types skops would refuse to load, and where they are\n"
           "  arrays FILE   list every array with its dtype, shape and first values\n"
           "  export IN OUT write a cleaned copy, optionally edited, as protocol 2\n\n"
           "Run skops-inspect COMMAND --help for a command's options."));
    parser.addPositionalArgument(QStringLiteral("command"), tr("tree, audit or arrays"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    if (!parser.parse(arguments))
        return m_io.error(parser.errorText());
    if (parser.isSet(version)) {
        m_io.write(QStringLiteral("skops-inspect %1\n").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (parser.isSet(help)) {
        m_io.write(parser.helpText());
        return 0;
    }
    if (command.isEmpty())
        return m_io.error(tr("no command given (try --help)"));
    return m_io.error(tr("unknown command \"%1\" (try --help)").arg(command));
}

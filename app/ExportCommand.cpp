#include "ExportCommand.h"

#include "ModelExporter.h"

#include <QCommandLineParser>
#include <QHash>
#include <QSaveFile>

using namespace skops;

int ExportCommand::run(CliIo &io, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write IN as a cleaned .skops archive OUT: schema.json, re-serialised, and only the "
           "members it references. Protocol 0 and 1 files are written as protocol 2. Edits apply "
           "in the order given; PATH is a JSON pointer as `audit --json` prints it.\n"
           "Exit status: 0 when OUT was written, 2 when nothing was written."));
    parser.addPositionalArgument(QStringLiteral("export"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("IN"), tr("The .skops file to read."));
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("The file to write (may be IN itself)."));
    const QCommandLineOption deflate(QStringLiteral("deflate"),
                                     tr("Compress the members (default: stored)."));
    const QCommandLineOption set(QStringLiteral("set"),
                                 tr("Set the primitive value at PATH to JSON (repeatable)."),
                                 tr("PATH=JSON"));
    const QCommandLineOption drop(QStringLiteral("drop"),
                                  tr("Remove the dict entry or list element at PATH (repeatable)."),
                                  tr("PATH"));
    const QCommandLineOption null(QStringLiteral("null"),
                                  tr("Replace the node at PATH by None (repeatable)."), tr("PATH"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("Write what was removed or changed to FILE as JSON."),
                                    tr("FILE"));
    parser.addOptions({deflate, set, drop, null, report});
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        return io.error(parser.errorText());
    if (parser.isSet(help)) {
        io.write(parser.helpText());
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return io.error(tr("export takes IN and OUT (try export --help)"));
    const QString inPath = positional.at(1);
    const QString outPath = positional.at(2);

    ExportOptions options;
    options.mode = ExportMode::Cleaned;
    options.deflate = parser.isSet(deflate);
    // optionNames() keeps the command-line order, which is the order of the edits.
    QHash<QString, int> used;
    for (const QString &name : parser.optionNames()) {
        const int at = used[name]++;
        if (name == set.names().constFirst()) {
            const QString value = parser.values(set).at(at);
            const qsizetype equals = value.indexOf(QLatin1Char('='));
            if (equals < 0)
                return io.error(tr("--set takes PATH=JSON, not \"%1\"").arg(value));
            options.edits.push_back(ExportEdit::setValue(value.left(equals), value.mid(equals + 1)));
        } else if (name == drop.names().constFirst()) {
            options.edits.push_back(ExportEdit::remove(parser.values(drop).at(at)));
        } else if (name == null.names().constFirst()) {
            options.edits.push_back(ExportEdit::replaceWithNull(parser.values(null).at(at)));
        }
    }

    auto input = SkopsFile::open(inPath);
    if (!input.ok())
        return io.fileError(inPath, input.error().message);

    // Opened first, so that an unwritable report stops everything before OUT is replaced.
    const QString reportPath = parser.value(report);
    QSaveFile reportFile(reportPath);
    reportFile.setDirectWriteFallback(false);
    if (!reportPath.isEmpty() && !reportFile.open(QIODevice::WriteOnly))
        return io.fileError(reportPath, tr("cannot create the report: %1").arg(reportFile.errorString()));

    const auto result = ModelExporter::exportFile(*input.value(), outPath, options);
    if (!result.ok()) {
        const ErrorCode code = result.error().code;
        const bool aboutOutput = code == ErrorCode::WriteFailed || code == ErrorCode::Cancelled;
        return io.fileError(aboutOutput ? outPath : inPath, result.error().message);
    }
    const ExportReport &written = result.value();
    if (!reportPath.isEmpty()) {
        const std::string json = written.toJson();
        if (reportFile.write(json.data(), qint64(json.size())) != qint64(json.size()) || !reportFile.commit())
            return io.fileError(reportPath,
                                tr("cannot write the report: %1").arg(reportFile.errorString()));
    }

    io.write(tr("%1: protocol %2, %n member(s), %3\n", nullptr, int(written.members.size()))
                 .arg(outPath)
                 .arg(written.outputProtocol)
                 .arg(written.deflate ? tr("deflated") : tr("stored")));
    for (const ExportChange &change : written.changes) {
        const QString where = !change.path.isEmpty() ? change.path : change.member;
        io.write(QStringLiteral("  %1 %2%3\n")
                     .arg(ExportChange::kindName(change.kind),
                          where.isEmpty() ? QString() : where + QLatin1String(": "), change.detail));
    }
    return 0;
}

#include "InspectCli.h"

#include "Audit.h"
#include "SkopsFile.h"
#include "TreePrinter.h"
#include "TrustProfile.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <set>

using namespace skops;

namespace {

QString commandsHelp()
{
    return InspectCli::tr("Commands:\n"
                          "  tree FILE     print the node tree, as skops.io.visualize does\n"
                          "  audit FILE    list the types skops would refuse to load\n"
                          "  arrays FILE   list every array with its dtype, shape and values\n");
}

// skops builds a tree with an `__id__` cycle but cannot load or visualize
// it; no file skops writes has one, so the command line refuses it.
QString cycleMessage(const SkopsFile &file)
{
    const NodeRef *edge = file.tree().firstBackEdge();
    if (!edge)
        return QString();
    return InspectCli::tr("the schema has an __id__ cycle: the state at %1 repeats the id of its "
                          "ancestor at %2, so skops cannot load it")
        .arg(file.schema().pointer(edge->state),
             file.tree().path(edge->node).isEmpty() ? InspectCli::tr("the root") : file.tree().path(edge->node));
}

} // namespace

InspectCli::InspectCli(std::FILE *out, std::FILE *err)
    : m_out(out)
    , m_err(err)
{
}

void InspectCli::write(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), m_out);
}

void InspectCli::write(const std::string &utf8)
{
    std::fwrite(utf8.data(), 1, utf8.size(), m_out);
}

int InspectCli::usageError(const QString &message)
{
    const QByteArray utf8 = (QStringLiteral("skops-inspect: ") + message + QLatin1Char('\n')).toUtf8();
    std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), m_err);
    return 2;
}

int InspectCli::fileError(const QString &file, const QString &message)
{
    return usageError(file + QLatin1String(": ") + message);
}

int InspectCli::run(const QStringList &arguments)
{
    const QString command = arguments.size() > 1 ? arguments.at(1) : QString();
    if (command == QLatin1String("tree"))
        return runTree(arguments);
    if (command == QLatin1String("audit"))
        return runAudit(arguments);
    if (command == QLatin1String("arrays"))
        return runArrays(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Inspect and audit scikit-learn .skops files without Python.\n\n") + commandsHelp());
    parser.addPositionalArgument(QStringLiteral("command"), tr("tree, audit or arrays"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(version)) {
        write(QStringLiteral("skops-inspect %1\n").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (parser.isSet(help) || command.isEmpty()) {
        write(parser.helpText());
        return command.isEmpty() && !parser.isSet(help) ? 2 : 0;
    }
    return usageError(tr("unknown command \"%1\" (try --help)").arg(command));
}

namespace {

// Options shared by the commands; parsing stops at the first problem.
struct CommonSetup {
    QCommandLineParser parser;
    QCommandLineOption profile{QStringLiteral("profile"),
                               InspectCli::tr("Built-in allow-list: %1 (default %2).")
                                   .arg(TrustProfile::builtinNames().join(QStringLiteral(", ")),
                                        TrustProfile::defaultName()),
                               InspectCli::tr("profile"), TrustProfile::defaultName()};
};

} // namespace

int InspectCli::runTree(const QStringList &arguments)
{
    CommonSetup setup;
    QCommandLineParser &parser = setup.parser;
    parser.setApplicationDescription(tr("Print the node tree of FILE exactly as "
                                        "skops.io.visualize(FILE, show=...) prints it."));
    parser.addPositionalArgument(QStringLiteral("tree"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A .skops file."));
    const QCommandLineOption show(QStringLiteral("show"),
                                  tr("Which nodes: all, untrusted or trusted (default all)."),
                                  tr("which"), QStringLiteral("all"));
    parser.addOption(show);
    parser.addOption(setup.profile);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        write(parser.helpText());
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(tr("tree takes exactly one FILE (try tree --help)"));
    const QString path = positional.at(1);

    ShowFilter filter = ShowFilter::All;
    const QString showValue = parser.value(show);
    if (showValue == QLatin1String("untrusted"))
        filter = ShowFilter::Untrusted;
    else if (showValue == QLatin1String("trusted"))
        filter = ShowFilter::Trusted;
    else if (showValue != QLatin1String("all"))
        return usageError(tr("--show takes all, untrusted or trusted, not \"%1\"").arg(showValue));

    const auto profile = TrustProfile::builtin(parser.value(setup.profile));
    if (!profile.ok())
        return usageError(profile.error().message);
    const auto file = SkopsFile::open(path);
    if (!file.ok())
        return fileError(path, file.error().message);
    if (const QString cycle = cycleMessage(*file.value()); !cycle.isEmpty())
        return fileError(path, cycle);
    const Audit audit = Audit::run(file.value()->tree(), *profile.value());
    TreePrinter printer(*file.value(), audit);
    printer.print(filter, [this](const QString &line) { write(line + QLatin1Char('\n')); });
    return 0;
}

int InspectCli::runAudit(const QStringList &arguments)
{
    CommonSetup setup;
    QCommandLineParser &parser = setup.parser;
    parser.setApplicationDescription(
        tr("List the types in FILE that skops would refuse to load, and where each one is.\n"
           "Exit status: 0 when no untrusted type remains, 1 when some remain, 2 when the "
           "file cannot be read."));
    parser.addPositionalArgument(QStringLiteral("audit"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A .skops file."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption trust(QStringLiteral("trust"),
                                   tr("Trust this type name too (repeatable)."), tr("name"));
    parser.addOption(json);
    parser.addOption(trust);
    parser.addOption(setup.profile);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        write(parser.helpText());
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(tr("audit takes exactly one FILE (try audit --help)"));
    const QString path = positional.at(1);

    const auto profile = TrustProfile::builtin(parser.value(setup.profile));
    if (!profile.ok())
        return usageError(profile.error().message);
    const auto opened = SkopsFile::open(path);
    if (!opened.ok())
        return fileError(path, opened.error().message);
    const SkopsFile &file = *opened.value();
    if (const QString cycle = cycleMessage(file); !cycle.isEmpty())
        return fileError(path, cycle);

    std::set<std::string> trusted;
    for (const QString &name : parser.values(trust))
        trusted.insert(name.toStdString());
    const Audit audit = Audit::run(file.tree(), *profile.value(), trusted);
    const int status = audit.untrustedTypes().empty() ? 0 : 1;

    if (parser.isSet(json)) {
        const auto sha = file.sha256();
        if (!sha.ok())
            return fileError(path, sha.error().message);
        nlohmann::ordered_json out;
        out["file"] = QFileInfo(path).fileName().toStdString();
        out["sha256"] = sha.value().toStdString();
        out["protocol"] = file.protocol();
        out["skops_version"] = file.skopsVersion().isNull()
                                   ? nlohmann::ordered_json()
                                   : nlohmann::ordered_json(file.skopsVersion().toStdString());
        out["profile"] = profile.value()->name().toStdString();
        out["profile_versions"] = profile.value()->versions().toStdString();
        out["trusted"] = nlohmann::ordered_json(std::vector<std::string>(trusted.begin(), trusted.end()));
        out["untrusted_types"] = audit.untrustedTypes();
        nlohmann::ordered_json findings = nlohmann::ordered_json::array();
        for (const AuditFinding &finding : audit.findings()) {
            nlohmann::ordered_json entry;
            entry["type"] = finding.name;
            entry["loader"] = loaderName(finding.loader).toStdString();
            entry["kind"] = finding.methodName ? "method" : "type";
            nlohmann::ordered_json locations = nlohmann::ordered_json::array();
            for (const AuditLocation &location : finding.locations)
                locations.push_back(location.path.toStdString());
            entry["locations"] = std::move(locations);
            findings.push_back(std::move(entry));
        }
        out["findings"] = std::move(findings);
        write(out.dump(2) + "\n");
        return status;
    }

    write(tr("%1: protocol %2, written by skops %3\n")
              .arg(QFileInfo(path).fileName())
              .arg(file.protocol())
              .arg(file.skopsVersion().isEmpty() ? tr("(unknown version)") : file.skopsVersion()));
    write(tr("Allow-list: %1 (%2)\n").arg(profile.value()->name(), profile.value()->versions()));
    if (audit.untrustedTypes().empty()) {
        write(tr("No untrusted types: skops.io.load would accept this file.\n"));
        return status;
    }
    write(tr("%n untrusted type(s); skops.io.load refuses the file unless they are trusted:\n",
             nullptr, int(audit.untrustedTypes().size())));
    for (const AuditFinding &finding : audit.findings()) {
        write(QStringLiteral("  %1  [%2, %3]\n")
                  .arg(QString::fromStdString(finding.name), loaderName(finding.loader),
                       tr("%n location(s)", nullptr, int(finding.locations.size()))));
        for (const AuditLocation &location : finding.locations)
            write(QStringLiteral("      %1\n").arg(location.path.isEmpty() ? tr("(root)") : location.path));
    }
    return status;
}

int InspectCli::runArrays(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    return usageError(tr("arrays: not available"));
}

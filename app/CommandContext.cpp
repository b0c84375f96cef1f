#include "CommandContext.h"

#include "ZipArchive.h"

using namespace skops;

CommandContext::CommandContext(CliIo &io, const QString &command, const QString &description)
    : m_io(io)
    , m_command(command)
    , m_profileOption(QStringLiteral("profile"),
                      tr("Built-in allow-list: %1 (default %2).")
                          .arg(TrustProfile::builtinNames().join(QStringLiteral(", ")),
                               TrustProfile::defaultName()),
                      tr("profile"), TrustProfile::defaultName())
    , m_helpOption(m_parser.addHelpOption())
{
    m_parser.setApplicationDescription(description);
    m_parser.addPositionalArgument(command, tr("The command."));
    m_parser.addPositionalArgument(QStringLiteral("FILE"), tr("A .skops file."));
    m_parser.addOption(m_profileOption);
}

int CommandContext::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return m_io.error(m_parser.errorText());
    if (m_parser.isSet(m_helpOption)) {
        m_io.write(m_parser.helpText());
        return 0;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() != 2)
        return m_io.error(tr("%1 takes exactly one FILE (try %1 --help)").arg(m_command));
    m_filePath = positional.at(1);
    if (const Status known = TrustProfile::checkName(m_parser.value(m_profileOption)); !known.ok())
        return m_io.error(known.error().message);
    // Before anything reads it: audit --json starts hashing at once, and
    // opening a FIFO would block there for good.
    if (const Status file = ZipArchive::checkRegularFile(m_filePath); !file.ok())
        return m_io.fileError(m_filePath, file.error().message);
    return kContinue;
}

int CommandContext::open(CyclePolicy cycles)
{
    // Loaded here, not while parsing: audit --json opens on a second thread
    // while the first hashes, and the allow-list then costs the hash nothing.
    auto profile = TrustProfile::builtin(m_parser.value(m_profileOption));
    if (!profile.ok())
        return m_io.error(profile.error().message);
    m_profile = profile.value();
    auto file = SkopsFile::open(m_filePath);
    if (!file.ok())
        return m_io.fileError(m_filePath, file.error().message);
    m_file = file.value();
    const NodeRef *edge = cycles == RefuseCycles ? m_file->tree().firstBackEdge() : nullptr;
    if (edge) {
        const QString ancestor = m_file->tree().path(edge->node);
        return m_io.fileError(
            m_filePath,
            tr("the schema has an __id__ cycle: the state at %1 repeats the id of its ancestor at "
               "%2, so skops cannot load it")
                .arg(m_file->schema().pointer(edge->state),
                     ancestor.isEmpty() ? tr("the root") : ancestor));
    }
    if (!m_file->arrayProblems().empty()) {
        const ArrayProblem &problem = m_file->arrayProblems().front();
        return m_io.fileError(m_filePath, tr("the array member \"%1\" (at %2) is unusable: %3")
                                              .arg(problem.member, problem.path, problem.error.message));
    }
    return kContinue;
}

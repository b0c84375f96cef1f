#include "CliIo.h"

CliIo::CliIo(std::FILE *out, std::FILE *err)
    : m_out(out)
    , m_err(err)
{
}

void CliIo::write(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), m_out);
}

void CliIo::write(const std::string &utf8)
{
    std::fwrite(utf8.data(), 1, utf8.size(), m_out);
}

int CliIo::error(const QString &message)
{
    const QByteArray line = (QStringLiteral("skops-inspect: ") + message + QLatin1Char('\n')).toUtf8();
    std::fwrite(line.constData(), 1, std::size_t(line.size()), m_err);
    return 2;
}

int CliIo::fileError(const QString &file, const QString &message)
{
    return error(file + QLatin1String(": ") + message);
}

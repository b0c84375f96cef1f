#include "FuzzSupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace skops::fuzz {

namespace {

const QTemporaryDir &scratchDir()
{
    static const QTemporaryDir dir;
    if (!dir.isValid())
        fail("cannot create a scratch folder");
    return dir;
}

} // namespace

Limits fuzzLimits()
{
    Limits limits;
    limits.maxMembers = 1000;
    limits.maxSchemaBytes = 1 << 20;
    limits.maxJsonValues = 200'000;
    limits.maxMemberBytes = 64 << 20;
    limits.maxInflatedBytes = 16 << 20;
    limits.maxJsonDepth = 200;
    limits.maxNodes = 50'000;
    limits.maxNpzMembers = 16;
    limits.maxTreeLines = 20'000;
    limits.maxArrayElements = 1 << 22;
    return limits;
}

QString scratchPath(const QString &name)
{
    return scratchDir().filePath(name);
}

QString writeInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = scratchPath(QStringLiteral("input.skops"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        fail("cannot write the input to the scratch folder");
    return path;
}

void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace skops::fuzz

#include "TestData.h"

#include "SkopsFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <quazip.h>
#include <quazipfile.h>

#include <unistd.h>

namespace testdata {

QString dataDir()
{
    return QStringLiteral(SKOPS_TEST_DATA);
}

QList<CorpusFile> corpusFiles()
{
    QList<CorpusFile> files;
    const QStringList corpora { QStringLiteral("corpus"), QStringLiteral("corpus-np2") };
    for (const QString &corpus : corpora) {
        const QDir dir(dataDir() + QLatin1Char('/') + corpus);
        const QStringList names
            = dir.entryList({ QStringLiteral("*.skops") }, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            CorpusFile file;
            file.corpus = corpus;
            file.stem = name.chopped(6);
            file.path = dir.absoluteFilePath(name);
            file.profile = corpus == QLatin1String("corpus") ? QStringLiteral("numpy1-sklearn1.2")
                                                             : QStringLiteral("numpy2-sklearn1.4");
            files.append(file);
        }
    }
    return files;
}

nlohmann::json readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nlohmann::json();
    const QByteArray bytes = file.readAll();
    return nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
}

CorpusFile corpusFile(const QString &corpus, const QString &stem)
{
    for (const CorpusFile &file : corpusFiles()) {
        if (file.corpus == corpus && file.stem == stem)
            return file;
    }
    return CorpusFile();
}

std::vector<std::string> toStrings(const nlohmann::json &array)
{
    std::vector<std::string> out;
    for (const auto &item : array)
        out.push_back(item.get<std::string>());
    return out;
}

nlohmann::json oracle(const CorpusFile &file)
{
    return readJsonFile(dataDir() + QLatin1Char('/') + file.corpus + QStringLiteral("/expected/")
        + file.stem + QStringLiteral(".json"));
}

std::shared_ptr<const skops::SkopsFile> openSkops(const QString &path)
{
    auto file = skops::SkopsFile::open(path);
    return file.ok() ? file.value() : nullptr;
}

QByteArray zipMember(const QString &archivePath, const QString &member)
{
    QuaZip zip(archivePath);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(member))
        return QByteArray();
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

nlohmann::ordered_json schemaOf(const QString &archivePath)
{
    const QByteArray bytes = zipMember(archivePath, QStringLiteral("schema.json"));
    return nlohmann::ordered_json::parse(
        bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

InspectRun inspect(const QStringList &arguments, const std::function<void()> &childSetup)
{
    QProcess process;
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(SKOPS_INSPECT_EXE), arguments);
    process.waitForFinished(60'000);
    InspectRun run;
    run.milliseconds = timer.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

std::string pointerToken(const std::string &key)
{
    std::string out;
    for (const char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

qint64 peakResidentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

bool resetPeakResidentBytes()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

QByteArray patternBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(((i * 7919) >> 5) ^ i);
    return bytes;
}

} // namespace testdata

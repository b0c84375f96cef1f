#include "TestData.h"

#include <QDir>
#include <QFile>

namespace testdata {

QString dataDir()
{
    return QStringLiteral(SKOPS_TEST_DATA);
}

QList<CorpusFile> corpusFiles()
{
    QList<CorpusFile> files;
    const QStringList corpora{QStringLiteral("corpus"), QStringLiteral("corpus-np2")};
    for (const QString &corpus : corpora) {
        const QDir dir(dataDir() + QLatin1Char('/') + corpus);
        const QStringList names = dir.entryList({QStringLiteral("*.skops")}, QDir::Files, QDir::Name);
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

nlohmann::json oracle(const CorpusFile &file)
{
    return readJsonFile(dataDir() + QLatin1Char('/') + file.corpus + QStringLiteral("/expected/")
                        + file.stem + QStringLiteral(".json"));
}

} // namespace testdata

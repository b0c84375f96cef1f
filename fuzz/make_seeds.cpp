// Builds the fuzz seed corpora from tests/data: every .skops file (for the
// open and round-trip targets), and the schema.json, .npy and .npz members
// inside them. Small schemas are also written re-encoded as UTF-16 and
// UTF-32, so that the JSON target starts inside the decoders too.
#include "ZipArchive.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringEncoder>

#include <cstdio>

using namespace skops;

namespace {

// Named by content, so that identical members are stored once.
bool writeSeed(const QString &folder, QByteArrayView bytes)
{
    const QString name = QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
    QFile file(QDir(folder).filePath(name));
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(bytes.data(), bytes.size()) == bytes.size();
}

// skops writes UTF-8; json.loads(bytes) also reads these.
bool writeReEncodedSeeds(const QString &folder, QByteArrayView utf8)
{
    const QString text = QString::fromUtf8(utf8);
    const struct {
        QStringConverter::Encoding encoding;
        QStringConverter::Flags flags;
    } variants[] = {
        {QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom},
        {QStringConverter::Utf16BE, QStringConverter::Flag::Default},
        {QStringConverter::Utf32LE, QStringConverter::Flag::Default},
        {QStringConverter::Utf32BE, QStringConverter::Flag::WriteBom},
    };
    for (const auto &variant : variants) {
        QStringEncoder encoder(variant.encoding, variant.flags);
        if (!writeSeed(folder, QByteArray(encoder(text))))
            return false;
    }
    return true;
}

constexpr qint64 kReEncodedSeedBytes = 16 << 10;

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s TEST_DATA_DIR SEED_DIR\n", argv[0]);
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[2]));
    const QString skopsDir = out.filePath(QStringLiteral("skops"));
    const QString npyDir = out.filePath(QStringLiteral("npy"));
    const QString npzDir = out.filePath(QStringLiteral("npz"));
    const QString jsonDir = out.filePath(QStringLiteral("json"));
    for (const QString &dir : {skopsDir, npyDir, npzDir, jsonDir}) {
        if (!QDir().mkpath(dir)) {
            std::fprintf(stderr, "cannot create %s\n", qPrintable(dir));
            return 1;
        }
    }
    int files = 0;
    QDirIterator it(QString::fromLocal8Bit(argv[1]), {QStringLiteral("*.skops")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !writeSeed(skopsDir, file.readAll())) {
            std::fprintf(stderr, "cannot copy %s\n", qPrintable(path));
            return 1;
        }
        ++files;
        const auto archive = ZipArchive::openFile(path);
        if (!archive.ok())
            continue; // a deliberately broken test file: the copy above is enough
        for (const ZipMember &member : archive.value()->members()) {
            if (member.name == QLatin1String("schema.json")) {
                const auto bytes = archive.value()->read(member);
                const bool written = !bytes.ok()
                                     || (writeSeed(jsonDir, bytes.value().view())
                                         && (bytes.value().size() > kReEncodedSeedBytes
                                             || writeReEncodedSeeds(jsonDir, bytes.value().view())));
                if (!written) {
                    std::fprintf(stderr, "cannot write a seed for %s\n", qPrintable(member.name));
                    return 1;
                }
                continue;
            }
            const bool isNpy = member.name.endsWith(QLatin1String(".npy"));
            const bool isNpz = member.name.endsWith(QLatin1String(".npz"));
            if (!isNpy && !isNpz)
                continue;
            const auto bytes = archive.value()->read(member);
            if (bytes.ok() && !writeSeed(isNpy ? npyDir : npzDir, bytes.value().view())) {
                std::fprintf(stderr, "cannot write a seed for %s\n", qPrintable(member.name));
                return 1;
            }
        }
    }
    std::printf("fuzz seeds from %d .skops files in %s\n", files, argv[2]);
    return files > 0 ? 0 : 1;
}

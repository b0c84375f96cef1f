#include "ArchiveBuilder.h"

#include <QBuffer>
#include <QFile>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace testdata {

QByteArray buildArchive(const QList<ArchiveEntry> &entries)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate))
        return QByteArray();
    for (const ArchiveEntry &entry : entries) {
        QuaZipFile file(&zip);
        const QuaZipNewInfo info(entry.name);
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, entry.deflate ? 8 : 0,
                       entry.deflate ? 9 : 0))
            return QByteArray();
        file.write(entry.bytes);
        file.close();
    }
    zip.close();
    return bytes;
}

QByteArray buildSkops(const QByteArray &schemaJson, const QList<ArchiveEntry> &members)
{
    QList<ArchiveEntry> entries = members;
    entries.append({QStringLiteral("schema.json"), schemaJson, false});
    return buildArchive(entries);
}

QList<ArchiveEntry> payloadEntries(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return {};
    QList<ArchiveEntry> entries;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString name = zip.getCurrentFileName();
        if (name == QLatin1String("schema.json"))
            continue;
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        entries.append({ name, file.readAll(), false });
    }
    return entries;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

QByteArray npy(const QByteArray &headerDict, const QByteArray &data)
{
    QByteArray header = headerDict;
    const int total = 10 + header.size() + 1;
    header.append(QByteArray((64 - total % 64) % 64, ' '));
    header.append('\n');
    QByteArray out("\x93NUMPY\x01\x00", 8);
    out.append(char(header.size() & 0xFF));
    out.append(char((header.size() >> 8) & 0xFF));
    out.append(header);
    out.append(data);
    return out;
}

void patchCentralDirectory(QByteArray &archive, int entry, int offset, quint32 value)
{
    qsizetype at = -1;
    for (int i = 0; i <= entry; ++i) {
        at = archive.indexOf(QByteArray("PK\x01\x02", 4), at + 1);
        if (at < 0)
            return;
    }
    for (int i = 0; i < 4; ++i)
        archive[at + offset + i] = char((value >> (8 * i)) & 0xFF);
}

} // namespace testdata

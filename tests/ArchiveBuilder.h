#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Builds small ZIP archives inside the tests, including broken and hostile
// ones, so that no crafted file has to be stored in the repository.
namespace testdata {

struct ArchiveEntry {
    QString name;
    QByteArray bytes;
    bool deflate = false;
};

// The archive as bytes (written through QuaZip into memory).
QByteArray buildArchive(const QList<ArchiveEntry> &entries);
// A .skops archive: schema.json (stored last, as skops does) plus members.
QByteArray buildSkops(const QByteArray &schemaJson, const QList<ArchiveEntry> &members = {});
// Every member of the archive at `path` but schema.json, in order, read
// through QuaZip (stored): to build the same file with another schema.json.
QList<ArchiveEntry> payloadEntries(const QString &path);
// Writes bytes to path; returns false on failure.
bool writeFile(const QString &path, const QByteArray &bytes);
// A minimal .npy (format 1.0) with the given header dict text and data.
QByteArray npy(const QByteArray &headerDict, const QByteArray &data);

// Overwrites the 4-byte little-endian field at `offset` of the n-th central
// directory entry (offset relative to its "PK\1\2" signature).
void patchCentralDirectory(QByteArray &archive, int entry, int offset, quint32 value);

} // namespace testdata

#pragma once

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace skops {
class SkopsFile;
}

// Where the test corpora live, and their oracles (computed by the real skops).
namespace testdata {

struct CorpusFile
{
    QString corpus; // "corpus" (numpy 1 / scikit-learn 1.2) or "corpus-np2"
    QString stem; // file name without .skops
    QString path; // absolute path of the .skops file
    QString profile; // the allow-list profile the oracle was computed with
};

QString dataDir();
QList<CorpusFile> corpusFiles();
// The file `stem` of `corpus` ("corpus" or "corpus-np2"); empty when there is none.
CorpusFile corpusFile(const QString &corpus, const QString &stem);
// A JSON array of strings, such as an oracle's untrusted types.
std::vector<std::string> toStrings(const nlohmann::json &array);
nlohmann::json oracle(const CorpusFile &file);
nlohmann::json readJsonFile(const QString &path);

// The project's reader, or nullptr when the file does not open.
std::shared_ptr<const skops::SkopsFile> openSkops(const QString &path);

// Readers independent of the project's own (QuaZip and nlohmann), for
// checking what the project reads or writes.
QByteArray zipMember(const QString &archivePath, const QString &member); // empty on failure
nlohmann::ordered_json schemaOf(const QString &archivePath); // discarded on failure

// One run of skops-inspect: exit code (-1 if it crashed), output, wall time.
struct InspectRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 milliseconds = 0;
};
// Runs skops-inspect with `arguments`; `childSetup` runs in the child before exec.
InspectRun inspect(const QStringList &arguments, const std::function<void()> &childSetup = {});

// This process's resident set size in bytes, from /proc/self/statm (-1 if unreadable).
qint64 residentBytes();
// The peak resident set size since the last resetPeakResidentBytes()
// (VmHWM; Linux resets it when "5" is written to /proc/self/clear_refs).
// Both report failure as -1 / false.
qint64 peakResidentBytes();
bool resetPeakResidentBytes();

// One key escaped as an RFC 6901 JSON-pointer token ("~" -> "~0", "/" -> "~1").
std::string pointerToken(const std::string &key);

// `size` bytes of a fixed pattern, for payloads and hash input. It repeats
// only every 8 KB: shorter messages have no period that lines up with
// SHA-256's 64-byte block.
QByteArray patternBytes(qsizetype size);

} // namespace testdata

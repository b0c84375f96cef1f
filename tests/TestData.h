#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

// Where the test corpora live, and their oracles (computed by the real skops).
namespace testdata {

struct CorpusFile {
    QString corpus;  // "corpus" (numpy 1 / scikit-learn 1.2) or "corpus-np2"
    QString stem;    // file name without .skops
    QString path;    // absolute path of the .skops file
    QString profile; // the allow-list profile the oracle was computed with
};

QString dataDir();
QList<CorpusFile> corpusFiles();
nlohmann::json oracle(const CorpusFile &file);
nlohmann::json readJsonFile(const QString &path);

} // namespace testdata

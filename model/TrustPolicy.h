#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <set>
#include <string>
#include <vector>

namespace skops {

// One remembered decision: an exact type name (`corpus_custom.MyTransformer`)
// or a prefix rule ending in `.*` (`mycompany.models.*`), with why and when.
struct TrustPolicyEntry {
    QString name;
    QString note;
    QDate added; // null when the policy file did not say

    bool isPrefixRule() const { return name.endsWith(QLatin1String(".*")); }
    // Whether this entry trusts `typeName`: an exact name by string equality;
    // a prefix rule `P.*` every name that starts with `P.` and has more after
    // it (so `corpus_custom.*` matches `corpus_custom.MyTransformer`, but
    // neither `corpus_customx.A` nor `corpus_custom` itself).
    bool matches(const QString &typeName) const;
};

// The names a user trusts across files, kept outside any model file. On
// disk a JSON object whose "trusted" array holds entries that are strings
// or objects {"name", optional "note", optional "added" (YYYY-MM-DD)}:
//
//   {"trusted": [{"name": "corpus_custom.*", "note": "our transformers", "added": "2025-03-01"},
//                "numpy.mean"]}
//
// Entries are kept sorted by name and unique; matching is exact string
// comparison (no normalisation), as skops compares names.
class TrustPolicy
{
public:
    // Why a name cannot be a policy entry, or an empty string when it can.
    // Exact names need a dot and no `*`; a prefix rule `P.*` needs a P made
    // of non-empty dot-separated parts without `*`. Neither may contain
    // whitespace or control characters.
    static QString entryProblem(const QString &name);

    static Result<TrustPolicy> fromJson(const QByteArray &bytes);
    // Fails with FileNotFound when the file does not exist.
    static Result<TrustPolicy> load(const QString &path);
    // Indented JSON, entries sorted by name; note/added only when set.
    QByteArray toJson() const;
    // Atomically (QSaveFile), creating the folder if needed.
    Status save(const QString &path) const;

    const std::vector<TrustPolicyEntry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.empty(); }
    bool contains(const QString &name) const;
    // Adds a valid entry; an entry of the same name is kept as it was.
    Status add(TrustPolicyEntry entry);
    bool remove(const QString &name);
    // Adds the other policy's entries that this one lacks; returns how many.
    int merge(const TrustPolicy &other);

    // The first entry (in name order) that trusts typeName, or nullptr.
    const TrustPolicyEntry *matchingEntry(const QString &typeName) const;
    bool matches(const std::string &typeName) const;
    // The subset of `typeNames` the policy trusts.
    std::set<std::string> approvedAmong(const std::vector<std::string> &typeNames) const;

private:
    std::vector<TrustPolicyEntry> m_entries;
};

} // namespace skops

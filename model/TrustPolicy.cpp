#include "TrustPolicy.h"
#include "ModelText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace skops {

namespace {

// A policy is a short list of names; anything far larger is not one.
constexpr qint64 kMaxPolicyBytes = 16 * 1024 * 1024;

bool isInvisible(QChar c)
{
    const QChar::Category category = c.category();
    return c.isSpace() || category == QChar::Other_Control || category == QChar::Other_Format;
}

QString fromUtf8(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

bool TrustPolicyEntry::matches(const QString &typeName) const
{
    if (!isPrefixRule())
        return typeName == name;
    const QStringView prefixWithDot = QStringView(name).chopped(1);
    return typeName.size() > prefixWithDot.size() && typeName.startsWith(prefixWithDot);
}

QString TrustPolicy::entryProblem(const QString &name)
{
    if (name.isEmpty())
        return ModelText::tr("the name is empty");
    if (std::any_of(name.begin(), name.end(), isInvisible))
        return ModelText::tr("\"%1\" contains whitespace or invisible characters").arg(name);
    if (name.endsWith(QLatin1String(".*"))) {
        const QString prefix = name.chopped(2);
        if (prefix.contains(QLatin1Char('*')))
            return ModelText::tr("\"%1\": a prefix rule has one * only, at its end").arg(name);
        if (prefix.isEmpty() || prefix.split(QLatin1Char('.')).contains(QString()))
            return ModelText::tr("\"%1\": a prefix rule is a dotted module path followed by .*, "
                                 "like mycompany.models.*")
                .arg(name);
        return QString();
    }
    if (name.contains(QLatin1Char('*')))
        return ModelText::tr("\"%1\": * is only allowed as the .* ending of a prefix rule")
            .arg(name);
    if (!name.contains(QLatin1Char('.')))
        return ModelText::tr("\"%1\" is not a type name of the form module.name").arg(name);
    return QString();
}

Result<TrustPolicy> TrustPolicy::fromJson(const QByteArray &bytes)
{
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const nlohmann::json::exception &e) {
        return makeError(ErrorCode::InvalidJson,
            ModelText::tr("not valid JSON: %1").arg(QString::fromUtf8(e.what())));
    }
    if (!json.is_object() || !json.contains("trusted") || !json["trusted"].is_array())
        return makeError(ErrorCode::InvalidArgument,
            ModelText::tr("a trust policy is a JSON object with a \"trusted\" array"));
    TrustPolicy policy;
    int position = 0;
    for (const auto &item : json["trusted"]) {
        TrustPolicyEntry entry;
        const QString where = ModelText::tr("entry %1 of \"trusted\"").arg(position++);
        if (item.is_string()) {
            entry.name = fromUtf8(item.get<std::string>());
        } else if (item.is_object()) {
            if (!item.contains("name") || !item["name"].is_string())
                return makeError(ErrorCode::InvalidArgument,
                    ModelText::tr("%1 has no \"name\" string").arg(where));
            entry.name = fromUtf8(item["name"].get<std::string>());
            if (item.contains("note")) {
                if (!item["note"].is_string())
                    return makeError(ErrorCode::InvalidArgument,
                        ModelText::tr("%1: \"note\" is not a string").arg(where));
                entry.note = fromUtf8(item["note"].get<std::string>());
            }
            if (item.contains("added")) {
                const QString added = item["added"].is_string() ? fromUtf8(item["added"].get<std::string>())
                                                                : QString();
                entry.added = QDate::fromString(added, Qt::ISODate);
                if (!entry.added.isValid())
                    return makeError(ErrorCode::InvalidArgument,
                        ModelText::tr("%1: \"added\" is not a date like 2025-03-01").arg(where));
            }
        } else {
            return makeError(ErrorCode::InvalidArgument,
                ModelText::tr("%1 is neither a name nor an object with a \"name\"").arg(where));
        }
        const QString problem = entryProblem(entry.name);
        if (!problem.isEmpty())
            return makeError(ErrorCode::InvalidArgument, where + QLatin1String(": ") + problem);
        policy.add(std::move(entry));
    }
    return policy;
}

Result<TrustPolicy> TrustPolicy::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::FileNotFound, ModelText::tr("%1: no such file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::FileUnreadable, ModelText::tr("%1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxPolicyBytes)
        return makeError(ErrorCode::InvalidArgument,
            ModelText::tr("%1: %2 bytes is too large for a trust policy")
                .arg(path)
                .arg(file.size()));
    auto policy = fromJson(file.read(kMaxPolicyBytes));
    if (!policy.ok())
        return makeError(
            policy.error().code, ModelText::tr("%1: %2").arg(path, policy.error().message));
    return policy;
}

QByteArray TrustPolicy::toJson() const
{
    nlohmann::ordered_json trusted = nlohmann::ordered_json::array();
    for (const TrustPolicyEntry &entry : m_entries) {
        nlohmann::ordered_json item;
        item["name"] = entry.name.toStdString();
        if (!entry.note.isEmpty())
            item["note"] = entry.note.toStdString();
        if (entry.added.isValid())
            item["added"] = entry.added.toString(Qt::ISODate).toStdString();
        trusted.push_back(std::move(item));
    }
    nlohmann::ordered_json root;
    root["trusted"] = std::move(trusted);
    return QByteArray::fromStdString(root.dump(2) + "\n");
}

Status TrustPolicy::save(const QString &path) const
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(
            ErrorCode::WriteFailed, ModelText::tr("%1: cannot create its folder").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(
            ErrorCode::WriteFailed, ModelText::tr("%1: %2").arg(path, file.errorString()));
    const QByteArray bytes = toJson();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(
            ErrorCode::WriteFailed, ModelText::tr("%1: %2").arg(path, file.errorString()));
    return Status();
}

bool TrustPolicy::contains(const QString &name) const
{
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [&](const TrustPolicyEntry &entry) { return entry.name == name; });
}

Status TrustPolicy::add(TrustPolicyEntry entry)
{
    const QString problem = entryProblem(entry.name);
    if (!problem.isEmpty())
        return makeError(ErrorCode::InvalidArgument, problem);
    const auto at = std::lower_bound(m_entries.begin(), m_entries.end(), entry.name,
                                     [](const TrustPolicyEntry &e, const QString &name) { return e.name < name; });
    if (at == m_entries.end() || at->name != entry.name)
        m_entries.insert(at, std::move(entry));
    return Status();
}

bool TrustPolicy::remove(const QString &name)
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const TrustPolicyEntry &entry) { return entry.name == name; });
    if (it == m_entries.end())
        return false;
    m_entries.erase(it);
    return true;
}

int TrustPolicy::merge(const TrustPolicy &other)
{
    int added = 0;
    for (const TrustPolicyEntry &entry : other.m_entries) {
        if (!contains(entry.name)) {
            add(entry);
            ++added;
        }
    }
    return added;
}

const TrustPolicyEntry *TrustPolicy::matchingEntry(const QString &typeName) const
{
    for (const TrustPolicyEntry &entry : m_entries) {
        if (entry.matches(typeName))
            return &entry;
    }
    return nullptr;
}

bool TrustPolicy::matches(const std::string &typeName) const
{
    return matchingEntry(fromUtf8(typeName)) != nullptr;
}

std::set<std::string> TrustPolicy::approvedAmong(const std::vector<std::string> &typeNames) const
{
    std::set<std::string> approved;
    for (const std::string &name : typeNames) {
        if (matches(name))
            approved.insert(name);
    }
    return approved;
}

} // namespace skops

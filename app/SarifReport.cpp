#include "SarifReport.h"

#include <QDir>
#include <QUrl>

#include <algorithm>

using namespace skops;

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

nlohmann::ordered_json textMessage(const QString &text)
{
    nlohmann::ordered_json message;
    message["text"] = utf8(text);
    return message;
}

// A SARIF log is read by programs and compared across machines: its texts are
// English whatever the locale.
constexpr auto kEnglish = UntrustedNameInfo::Wording::English;

std::size_t ruleIndex(ReferenceKind kind)
{
    const auto kinds = UntrustedNameInfo::allKinds();
    return std::size_t(std::find(kinds.begin(), kinds.end(), kind) - kinds.begin());
}

} // namespace

QString SarifReport::artifactUri(const QString &filePath)
{
    const QString path = QDir::fromNativeSeparators(filePath);
    if (QDir::isAbsolutePath(path))
        return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
    return QString::fromLatin1(QUrl::toPercentEncoding(path, "/"));
}

nlohmann::ordered_json SarifReport::build(const Input &input)
{
    const std::string uri = utf8(artifactUri(input.filePath));

    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    for (const ReferenceKind kind : UntrustedNameInfo::allKinds()) {
        nlohmann::ordered_json rule;
        rule["id"] = utf8(UntrustedNameInfo::kindId(kind));
        rule["shortDescription"] = textMessage(
            QStringLiteral("Untrusted name: %1").arg(UntrustedNameInfo::kindLabel(kind, kEnglish)));
        rule["fullDescription"] = textMessage(UntrustedNameInfo::riskNote(kind, kEnglish));
        rule["help"] = textMessage(
            QStringLiteral("skops.io.load refuses the file until the name is passed in trusted=[...]. "
                           "Look at where it occurs (the logical locations are JSON pointers into "
                           "schema.json) and pass it only if you know and trust that code."));
        rule["helpUri"] = kInformationUri;
        rule["defaultConfiguration"]["level"] = "error";
        rules.push_back(std::move(rule));
    }

    nlohmann::ordered_json results = nlohmann::ordered_json::array();
    for (const UntrustedNameInfo &info : input.untrusted) {
        const QStringList paths = info.paths();
        nlohmann::ordered_json result;
        result["ruleId"] = utf8(UntrustedNameInfo::kindId(info.primaryKind()));
        result["ruleIndex"] = ruleIndex(info.primaryKind());
        result["level"] = "error";
        result["message"] = textMessage(
            QStringLiteral("%1 (%2) is not on the %3 allow-list; skops.io.load refuses the file unless "
                           "it is trusted. %4 location(s).")
                .arg(info.qName(), UntrustedNameInfo::kindLabel(info.primaryKind(), kEnglish),
                     input.profile->name(), QString::number(paths.size())));
        nlohmann::ordered_json locations = nlohmann::ordered_json::array();
        for (const QString &path : paths) {
            nlohmann::ordered_json location;
            location["physicalLocation"]["artifactLocation"]["uri"] = uri;
            location["physicalLocation"]["artifactLocation"]["index"] = 0;
            nlohmann::ordered_json logical;
            logical["fullyQualifiedName"] = utf8(path);
            logical["kind"] = "member";
            location["logicalLocations"] = nlohmann::ordered_json::array({logical});
            locations.push_back(std::move(location));
        }
        result["locations"] = std::move(locations);
        result["partialFingerprints"]["untrustedName/v1"] = info.name;
        nlohmann::ordered_json kinds = nlohmann::ordered_json::array();
        for (const ReferenceKind kind : info.kinds)
            kinds.push_back(utf8(UntrustedNameInfo::kindId(kind)));
        result["properties"]["kinds"] = std::move(kinds);
        nlohmann::ordered_json trustedBy = nlohmann::ordered_json::array();
        for (const QString &profile : info.trustedByProfiles)
            trustedBy.push_back(utf8(profile));
        result["properties"]["trustedByProfiles"] = std::move(trustedBy);
        results.push_back(std::move(result));
    }

    nlohmann::ordered_json artifact;
    artifact["location"]["uri"] = uri;
    artifact["length"] = input.fileSize;
    artifact["hashes"]["sha-256"] = utf8(input.sha256);

    nlohmann::ordered_json run;
    run["tool"]["driver"]["name"] = "skops-inspect";
    run["tool"]["driver"]["version"] = SKOPS_VERSION;
    run["tool"]["driver"]["informationUri"] = kInformationUri;
    run["tool"]["driver"]["rules"] = std::move(rules);
    nlohmann::ordered_json invocation;
    invocation["executionSuccessful"] = true;
    run["invocations"] = nlohmann::ordered_json::array({invocation});
    run["artifacts"] = nlohmann::ordered_json::array({artifact});
    run["results"] = std::move(results);
    run["properties"]["profile"] = utf8(input.profile->name());
    run["properties"]["profileVersions"] = utf8(input.profile->versions());
    run["properties"]["trusted"] = std::vector<std::string>(input.trusted.begin(), input.trusted.end());

    nlohmann::ordered_json log;
    log["$schema"] = kSchemaUri;
    log["version"] = "2.1.0";
    log["runs"] = nlohmann::ordered_json::array({run});
    return log;
}

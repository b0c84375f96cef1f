#pragma once

#include "TrustProfile.h"
#include "UntrustedNameInfo.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <vector>

// `skops-inspect audit FILE --sarif`: the audit as a SARIF 2.1.0 log, so
// that code-scanning interfaces list each untrusted name. One run; one rule
// per kind of reference (UntrustedNameInfo::kindId); one result per
// untrusted name (level "error", rule = its primary kind), with every
// occurrence as a location whose logical location is the node's JSON
// pointer in schema.json; the file as the only artifact, with its SHA-256.
// Its texts are English whatever the locale: programs read the log.
class SarifReport
{
public:
    static constexpr const char *kSchemaUri =
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static constexpr const char *kInformationUri = "https://skops.readthedocs.io/en/stable/persistence.html";

    struct Input {
        QString filePath;                       // as given on the command line
        qint64 fileSize = 0;
        QString sha256;
        const skops::TrustProfile *profile = nullptr;
        std::set<std::string> trusted;          // names the caller trusted (--trust, --policy)
        std::vector<skops::UntrustedNameInfo> untrusted; // what remains
    };

    static nlohmann::ordered_json build(const Input &input);
    // The artifact URI: a relative path percent-encoded, an absolute one as file://.
    static QString artifactUri(const QString &filePath);
};

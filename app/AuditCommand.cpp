#include "AuditCommand.h"

#include "Audit.h"
#include "CommandContext.h"
#include "PythonText.h"
#include "SarifReport.h"
#include "Sha256.h"
#include "StructuralCheck.h"
#include "TrustPolicy.h"
#include "UntrustedNameInfo.h"

#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <future>
#include <optional>
#include <set>

using namespace skops;

namespace {

nlohmann::ordered_json warningsJson(const std::vector<StructuralWarning> &warnings)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const StructuralWarning &warning : warnings) {
        nlohmann::ordered_json entry;
        entry["code"] = StructuralWarning::codeName(warning.code).toStdString();
        entry["message"] = warning.message.toStdString();
        entry["path"] = warning.path ? nlohmann::ordered_json(warning.path->toStdString()) : nlohmann::ordered_json();
        if (!warning.member.isEmpty())
            entry["member"] = warning.member.toStdString();
        out.push_back(std::move(entry));
    }
    return out;
}

nlohmann::ordered_json auditJson(const CommandContext &context, const Audit &audit,
                                 const std::set<std::string> &trusted, const QString &sha256,
                                 const std::vector<StructuralWarning> &warnings)
{
    const SkopsFile &file = context.file();
    nlohmann::ordered_json out;
    out["file"] = QFileInfo(context.filePath()).fileName().toStdString();
    out["sha256"] = sha256.toStdString();
    out["protocol"] = file.protocol();
    out["skops_version"] = file.skopsVersion().isNull()
                               ? nlohmann::ordered_json()
                               : nlohmann::ordered_json(file.skopsVersion().toStdString());
    out["profile"] = context.profile().name().toStdString();
    out["profile_versions"] = context.profile().versions().toStdString();
    out["trusted"] = std::vector<std::string>(trusted.begin(), trusted.end());
    out["untrusted_types"] = audit.untrustedTypes();
    nlohmann::ordered_json findings = nlohmann::ordered_json::array();
    for (const AuditFinding &finding : audit.findings()) {
        nlohmann::ordered_json entry;
        entry["type"] = finding.name;
        entry["loader"] = loaderName(finding.loader).toStdString();
        entry["kind"] = finding.methodName ? "method" : "type";
        nlohmann::ordered_json locations = nlohmann::ordered_json::array();
        for (const AuditLocation &location : finding.locations)
            locations.push_back(location.path.toStdString());
        entry["locations"] = std::move(locations);
        findings.push_back(std::move(entry));
    }
    out["findings"] = std::move(findings);
    out["warnings"] = warningsJson(warnings);
    return out;
}

} // namespace

int AuditCommand::run(CliIo &io, const QStringList &arguments)
{
    CommandContext context(
        io, QStringLiteral("audit"),
        tr("List the types in FILE that skops would refuse to load, and where each one is.\n"
           "Exit status: 0 when no untrusted type remains, 1 when some remain, 2 when the "
           "file or the policy cannot be read. Structural warnings (after the untrusted types; "
           "\"warnings\" in --json) do not change the exit status."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption sarif(QStringLiteral("sarif"),
                                   tr("Print a SARIF 2.1.0 log: one result per untrusted name."));
    const QCommandLineOption trust(QStringLiteral("trust"),
                                   tr("Trust this type name too (repeatable)."), tr("name"));
    const QCommandLineOption policyOption(
        QStringLiteral("policy"),
        tr("Trust the names a policy file approves: exact names and prefix rules like "
           "mycompany.models.* in its \"trusted\" array."),
        tr("policy.json"));
    context.parser().addOption(json);
    context.parser().addOption(sarif);
    context.parser().addOption(trust);
    context.parser().addOption(policyOption);
    if (const int status = context.parse(arguments); status != CommandContext::kContinue)
        return status;
    if (context.parser().isSet(json) && context.parser().isSet(sarif))
        return io.error(tr("choose one of --json and --sarif"));
    std::optional<TrustPolicy> policy;
    if (context.parser().isSet(policyOption)) {
        auto loaded = TrustPolicy::load(context.parser().value(policyOption));
        if (!loaded.ok())
            return io.error(tr("policy %1").arg(loaded.error().message));
        policy = std::move(loaded).value();
    }
    std::set<std::string> trusted;
    std::optional<Audit> audit;
    std::vector<StructuralWarning> warnings;
    std::atomic<bool> stopHashing = false;
    const auto inspect = [&] {
        // skops audits a tree with an `__id__` cycle (only visualize and
        // load fail on it), so the audit shows it, with an id-cycle warning.
        if (const int status = context.open(CommandContext::AcceptCycles); status != CommandContext::kContinue) {
            stopHashing = true;
            return status;
        }
        const SkopsFile &file = context.file();
        for (const QString &name : context.parser().values(trust))
            trusted.insert(name.toStdString());
        audit = Audit::run(file.tree(), context.profile(), trusted);
        if (policy) {
            // skops takes exact names only, so a rule stands for the names it
            // matches among the file's untrusted ones; that is exact, because
            // load(trusted=T) passes iff untrusted ⊆ T (format doc §8.1).
            // Trusting names only removes them from that list, so the audit with
            // the --trust names lists every other one: audit again only when the
            // policy approves some.
            const std::set<std::string> approved = policy->approvedAmong(audit->untrustedTypes());
            if (!approved.empty()) {
                trusted.insert(approved.begin(), approved.end());
                audit = Audit::run(file.tree(), context.profile(), trusted);
            }
        }
        warnings = StructuralCheck::run(file);
        return int(CommandContext::kContinue);
    };
    // The reports carry the file's SHA-256, the longest job: this thread,
    // already running, hashes, while a second one opens and audits; a file
    // that cannot be opened stops the hash.
    std::optional<Result<QString>> sha;
    if (context.parser().isSet(json) || context.parser().isSet(sarif)) {
        std::future<int> inspecting = std::async(std::launch::async, inspect);
        sha = Sha256::ofFile(context.filePath(), &stopHashing);
        if (const int status = inspecting.get(); status != CommandContext::kContinue)
            return status;
        if (!sha->ok())
            return io.fileError(context.filePath(), sha->error().message);
    } else if (const int status = inspect(); status != CommandContext::kContinue) {
        return status;
    }
    const SkopsFile &file = context.file();
    // Structural warnings never change the exit status.
    const int status = audit->untrustedTypes().empty() ? 0 : 1;

    if (context.parser().isSet(sarif)) {
        SarifReport::Input input;
        input.filePath = context.filePath();
        input.fileSize = QFileInfo(context.filePath()).size();
        input.sha256 = sha->value();
        input.profile = &context.profile();
        input.trusted = trusted;
        input.untrusted = UntrustedNameInfo::collect(file.tree(), *audit, context.profile());
        io.write(SarifReport::build(input).dump(2) + "\n");
        return status;
    }

    if (context.parser().isSet(json)) {
        io.write(auditJson(context, *audit, trusted, sha->value(), warnings).dump(2) + "\n");
        return status;
    }

    io.write(tr("%1: protocol %2, written by skops %3\n")
                 .arg(QFileInfo(context.filePath()).fileName())
                 .arg(file.protocol())
                 .arg(file.skopsVersion().isEmpty() ? tr("(unknown version)") : file.skopsVersion()));
    io.write(tr("Allow-list: %1 (%2)\n").arg(context.profile().name(), context.profile().versions()));
    if (policy)
        io.write(tr("Trust policy: %1 (%n entry(s))\n", nullptr, int(policy->entries().size()))
                     .arg(context.parser().value(policyOption)));
    const bool skopsFails = std::any_of(warnings.begin(), warnings.end(), [](const StructuralWarning &w) {
        return StructuralWarning::skopsCannotLoad(w.code);
    });
    const auto shownPath = [](const QString &path) {
        return path.isEmpty() ? tr("(root)") : python::escapeForDisplay(path);
    };
    if (audit->untrustedTypes().empty()) {
        io.write(skopsFails ? tr("No untrusted types, but skops.io.load fails on this file (see the warnings).\n")
                            : tr("No untrusted types: skops.io.load would accept this file.\n"));
    } else {
        io.write(tr("%n untrusted type(s); skops.io.load refuses the file unless they are trusted:\n",
                    nullptr, int(audit->untrustedTypes().size())));
        for (const AuditFinding &finding : audit->findings()) {
            io.write(QStringLiteral("  %1  [%2, %3]\n")
                         .arg(python::escapeForDisplay(QString::fromStdString(finding.name)),
                              loaderName(finding.loader),
                              tr("%n location(s)", nullptr, int(finding.locations.size()))));
            for (const AuditLocation &location : finding.locations)
                io.write(QStringLiteral("      %1\n").arg(shownPath(location.path)));
        }
    }
    if (!warnings.empty()) {
        io.write(tr("%n structural warning(s):\n", nullptr, int(warnings.size())));
        for (const StructuralWarning &warning : warnings)
            io.write(QStringLiteral("  %1  %2\n      %3\n")
                         .arg(StructuralWarning::codeName(warning.code),
                              warning.path ? shownPath(*warning.path) : tr("(archive member)"),
                              python::escapeForDisplay(warning.message)));
    }
    return status;
}

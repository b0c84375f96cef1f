// libFuzzer target: the writer round trip. A file that opens and that the
// exporter accepts must reopen from the exported archive with the same tree:
// the same node count, the same printed tree and the same audit verdict.
#include "Audit.h"
#include "FuzzSupport.h"
#include "ModelExporter.h"
#include "SkopsFile.h"
#include "TreePrinter.h"
#include "TrustProfile.h"

#include <QFile>

using namespace skops;

namespace {

struct Snapshot {
    std::size_t nodeCount = 0;
    QString tree;
    std::vector<std::string> untrusted;
};

Snapshot snapshot(const SkopsFile &file, const TrustProfile &profile)
{
    const Audit audit = Audit::run(file.tree(), profile);
    TreePrinter printer(file, audit);
    return {file.tree().nodeCount(), printer.render(ShowFilter::All), audit.untrustedTypes()};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Limits limits = fuzz::fuzzLimits();
    const auto input = SkopsFile::open(fuzz::writeInput(data, size), limits);
    if (!input.ok())
        return 0;
    // Protocol 0 and 1 files are converted on export, which changes what the
    // tree shows by design; the round trip must be exact for protocol 2.
    if (input.value()->protocol() != 2)
        return 0;
    const QString output = fuzz::scratchPath(QStringLiteral("output.skops"));
    QFile::remove(output);
    ExportOptions options;
    options.mode = size % 2 ? ExportMode::SaveAs : ExportMode::Cleaned;
    options.deflate = size % 3 == 0;
    const auto report = ModelExporter::exportFile(*input.value(), output, options);
    if (!report.ok()) {
        if (report.error().code == ErrorCode::WriteFailed || report.error().code == ErrorCode::Cancelled)
            fuzz::fail("the exporter could not write its output", report.error().message);
        return 0;
    }
    const auto reopened = SkopsFile::open(output, limits);
    if (!reopened.ok())
        fuzz::fail("an exported file does not reopen", reopened.error().message);

    const auto profile = TrustProfile::builtin(QStringLiteral("union"));
    if (!profile.ok())
        fuzz::fail("the union trust profile does not load");
    const Snapshot before = snapshot(*input.value(), *profile.value());
    const Snapshot after = snapshot(*reopened.value(), *profile.value());
    if (before.nodeCount != after.nodeCount)
        fuzz::fail("the exported file has another node count",
                   QStringLiteral("%1 before, %2 after").arg(before.nodeCount).arg(after.nodeCount));
    if (before.tree != after.tree)
        fuzz::fail("the exported file prints another tree",
                   QStringLiteral("before:\n%1\nafter:\n%2").arg(before.tree, after.tree));
    if (before.untrusted != after.untrusted)
        fuzz::fail("the exported file has another audit verdict");
    return 0;
}

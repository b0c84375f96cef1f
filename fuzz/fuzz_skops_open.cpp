// libFuzzer target: a whole .skops file as the explorer opens it: the ZIP
// central directory, schema.json, the node tree, the .npy headers, the audit
// under every built-in profile and the printed tree.
#include "Audit.h"
#include "FuzzSupport.h"
#include "SkopsFile.h"
#include "TreePrinter.h"
#include "TrustProfile.h"

using namespace skops;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = fuzz::writeInput(data, size);
    const auto file = SkopsFile::open(path, fuzz::fuzzLimits());
    if (!file.ok()) {
        if (file.error().code == ErrorCode::None || file.error().message.isEmpty())
            fuzz::fail("a refused file has no error code or no message");
        return 0;
    }
    // Reads every array header (lazily read otherwise).
    for (const ArrayProblem &problem : file.value()->arrayProblems()) {
        if (problem.error.code == ErrorCode::None)
            fuzz::fail("an array problem without an error code", problem.member);
    }
    const NodeTree &tree = file.value()->tree();
    for (NodeId id = 0; id < tree.nodeCount(); ++id) {
        tree.typeName(id);
        tree.path(id);
    }
    for (const QString &name : TrustProfile::builtinNames()) {
        const auto profile = TrustProfile::builtin(name);
        if (!profile.ok())
            fuzz::fail("a built-in trust profile does not load", name);
        const Audit audit = Audit::run(tree, *profile.value());
        // Printing walks every node; once (with the widest profile) is enough.
        if (name == QLatin1String("union"))
            TreePrinter(*file.value(), audit).render(ShowFilter::All);
    }
    return 0;
}

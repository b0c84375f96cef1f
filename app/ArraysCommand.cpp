#include "ArraysCommand.h"

#include "ArrayCatalog.h"
#include "CommandContext.h"
#include "NpyArray.h"
#include "SparseMatrix.h"

#include <nlohmann/json.hpp>

using namespace skops;

namespace {

std::vector<std::string> toStd(const QStringList &list)
{
    std::vector<std::string> out;
    for (const QString &item : list)
        out.push_back(item.toStdString());
    return out;
}

} // namespace

int ArraysCommand::run(CliIo &io, const QStringList &arguments)
{
    CommandContext context(io, QStringLiteral("arrays"),
                           tr("List every array of FILE: where it is, its member, dtype, shape, "
                              "exact sum and first values."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    context.parser().addOption(json);
    if (const int status = context.parse(arguments); status != CommandContext::kContinue)
        return status;
    if (const int status = context.open(); status != CommandContext::kContinue)
        return status;
    const SkopsFile &file = context.file();

    nlohmann::ordered_json arrays = nlohmann::ordered_json::array();
    nlohmann::ordered_json sparse = nlohmann::ordered_json::array();
    for (const ArrayReference &reference : ArrayCatalog::collect(file.schema())) {
        const Result<MemberBytes> bytes = file.readMember(reference.member);
        if (!bytes.ok())
            return io.fileError(context.filePath(), bytes.error().message);
        nlohmann::ordered_json entry;
        entry["path"] = reference.path.toStdString();
        if (!reference.otherPaths.isEmpty())
            entry["other_paths"] = toStd(reference.otherPaths);
        entry["file"] = reference.member.toStdString();
        entry["class"] = reference.className.toStdString();
        if (reference.kind == ArrayReference::Kind::Sparse) {
            const auto matrix = SparseMatrix::fromNpz(bytes.value(), reference.member, file.limits());
            if (!matrix.ok())
                return io.fileError(context.filePath(), matrix.error().message);
            const nlohmann::json summary = matrix.value().oracleSummary();
            for (const auto &[key, value] : summary.items())
                entry[key] = value;
            sparse.push_back(std::move(entry));
            continue;
        }
        const auto array = NpyArray::fromMember(bytes.value(), file.limits());
        if (!array.ok())
            return io.fileError(context.filePath(),
                                tr("array member \"%1\": %2").arg(reference.member, array.error().message));
        const NpyHeader &header = array.value().header();
        entry["npy_version"] = {header.majorVersion(), header.minorVersion()};
        entry["descr"] = header.dtype().descrJson();
        entry["fortran_order"] = header.fortranOrder();
        entry["header_len"] = header.dataOffset();
        entry["dtype"] = header.dtype().str().toStdString();
        entry["dtype_name"] = header.dtype().name().toStdString();
        entry["shape"] = header.shape();
        entry["sum"] = array.value().oracleSum();
        entry["first"] = array.value().oracleFirst();
        arrays.push_back(std::move(entry));
    }

    if (context.parser().isSet(json)) {
        nlohmann::ordered_json out;
        out["arrays"] = std::move(arrays);
        out["sparse_matrices"] = std::move(sparse);
        io.write(out.dump(2) + "\n");
        return 0;
    }
    for (const auto &entry : arrays) {
        io.write(tr("%1  %2 %3  %4\n")
                     .arg(QString::fromStdString(entry["path"].get<std::string>()),
                          QString::fromStdString(entry["dtype_name"].get<std::string>()),
                          QString::fromStdString(entry["shape"].dump()),
                          QString::fromStdString(entry["file"].get<std::string>())));
    }
    for (const auto &entry : sparse) {
        io.write(tr("%1  %2 sparse %3, %4 stored  %5\n")
                     .arg(QString::fromStdString(entry["path"].get<std::string>()),
                          QString::fromStdString(entry["format"].get<std::string>()),
                          QString::fromStdString(entry["shape"].dump()))
                     .arg(entry["nnz"].get<qint64>())
                     .arg(QString::fromStdString(entry["file"].get<std::string>())));
    }
    return 0;
}

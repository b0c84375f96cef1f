#include "SparseMatrix.h"
#include "ModelText.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

namespace skops {

namespace {

using json = nlohmann::json;
using Kind = NpyDtype::Kind;

struct FormatName
{
    SparseMatrix::Format format;
    QLatin1String name;
};

const FormatName kFormats[] = {
    { SparseMatrix::Format::Csr, QLatin1String("csr") },
    { SparseMatrix::Format::Csc, QLatin1String("csc") },
    { SparseMatrix::Format::Bsr, QLatin1String("bsr") },
    { SparseMatrix::Format::Dia, QLatin1String("dia") },
    { SparseMatrix::Format::Coo, QLatin1String("coo") },
};

QString compressTypeName(quint16 method)
{
    switch (method) {
    case 0:
        return QStringLiteral("ZIP_STORED");
    case 8:
        return QStringLiteral("ZIP_DEFLATED");
    case 12:
        return QStringLiteral("ZIP_BZIP2");
    case 14:
        return QStringLiteral("ZIP_LZMA");
    default:
        return QStringLiteral("method %1").arg(method);
    }
}

bool isInteger(const NpyDtype &dtype)
{
    return dtype.kind() == Kind::SignedInt || dtype.kind() == Kind::UnsignedInt;
}

quint64 rawUnsigned(QByteArrayView bytes, bool bigEndian)
{
    quint64 value = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        value = (value << 8)
            | static_cast<unsigned char>(bytes[bigEndian ? i : bytes.size() - 1 - i]);
    return value;
}

// The nearest float16 (ties to even), as numpy rounds a float16 sum.
double roundToHalf(double value)
{
    if (!std::isfinite(value) || value == 0)
        return value;
    int exponent = 0;
    std::frexp(value, &exponent);
    const int spacing = std::max(exponent - 11, -24); // 11 significant bits, subnormals at 2^-24
    const double rounded = std::ldexp(std::nearbyint(std::ldexp(value, -spacing)), spacing);
    return std::fabs(rounded) > 65504
        ? std::copysign(std::numeric_limits<double>::infinity(), value)
        : rounded;
}

// A stored value's place in the dense matrix. `index` is a flat index into data.
struct Position
{
    qint64 row;
    qint64 column;
    qint64 index;
};

// What numpy computes for `dense[r, c] += value` over the values stored at
// one position, in storage order, starting from zero: the sum in the
// matrix dtype (wrapping integers, rounding floats), as float64.
double combinedValue(const NpyArray &data, const Position *first, const Position *last)
{
    const NpyDtype &dtype = data.dtype();
    const qint64 size = dtype.kind() == Kind::Complex ? dtype.itemSize() / 2 : dtype.itemSize();
    switch (dtype.kind()) {
    case Kind::Bool: {
        bool any = false;
        for (const Position *p = first; p != last; ++p)
            any = any || data.toInt64(p->index) != 0;
        return any ? 1.0 : 0.0;
    }
    case Kind::SignedInt:
    case Kind::UnsignedInt: {
        quint64 sum = 0;
        const bool bigEndian = dtype.byteOrder() == NpyDtype::ByteOrder::Big;
        for (const Position *p = first; p != last; ++p)
            sum += rawUnsigned(data.elementBytes(p->index), bigEndian);
        const int unusedBits = int(64 - 8 * size);
        if (dtype.kind() == Kind::SignedInt)
            return double(qint64(sum << unusedBits) >> unusedBits);
        return double((sum << unusedBits) >> unusedBits);
    }
    default:
        break;
    }
    // Floats, and the real parts of complex numbers, in their own precision.
    if (size == 2) {
        float sum = 0;
        for (const Position *p = first; p != last; ++p)
            sum = float(roundToHalf(double(sum + float(data.toLongDouble(p->index)))));
        return sum;
    }
    if (size == 4) {
        float sum = 0;
        for (const Position *p = first; p != last; ++p)
            sum += float(data.toLongDouble(p->index));
        return sum;
    }
    if (size == 8) {
        double sum = 0;
        for (const Position *p = first; p != last; ++p)
            sum += double(data.toLongDouble(p->index));
        return sum;
    }
    long double sum = 0;
    for (const Position *p = first; p != last; ++p)
        sum += data.toLongDouble(p->index);
    return double(sum);
}

// Combines the values at equal positions and adds each result to `sum`.
void addPositions(const NpyArray &data, std::vector<Position> &positions, NpyArray::OracleSum &sum)
{
    std::stable_sort(positions.begin(), positions.end(), [](const Position &a, const Position &b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    for (size_t start = 0; start < positions.size();) {
        size_t end = start + 1;
        while (end < positions.size() && positions[end].row == positions[start].row
            && positions[end].column == positions[start].column)
            ++end;
        sum.add(combinedValue(data, positions.data() + start, positions.data() + end));
        start = end;
    }
    positions.clear();
}

// The nested archive, with at most limits.maxNpzMembers members.
Result<std::shared_ptr<ZipArchive>> openNpz(
    const MemberBytes &npz, const QString &displayName, const Limits &innerLimits)
{
    auto opened = ZipArchive::openBytes(npz, displayName, innerLimits);
    if (!opened) {
        const Error &error = opened.error();
        return makeError(error.code == ErrorCode::TooManyMembers ? ErrorCode::TooManyMembers
                                                                 : ErrorCode::InvalidNpz,
            ModelText::tr("The sparse matrix %1 is not a valid .npz archive: %2")
                .arg(displayName, error.message));
    }
    return opened;
}

Limits npzLimits(const Limits &limits)
{
    Limits inner = limits;
    inner.maxMembers = std::min(limits.maxMembers, limits.maxNpzMembers);
    return inner;
}

} // namespace

Result<QString> SparseMatrix::loadedClassName(
    const MemberBytes &npz, const QString &displayName, const Limits &limits)
{
    const Limits innerLimits = npzLimits(limits);
    const auto opened = openNpz(npz, displayName, innerLimits);
    if (!opened)
        return opened.error();
    const ZipArchive &archive = *opened.value();
    const auto readArray = [&](const QString &name) -> Result<std::optional<NpyArray>> {
        const ZipMember *member = archive.find(name);
        if (!member)
            return std::optional<NpyArray>();
        const Result<MemberBytes> bytes = archive.read(*member);
        if (!bytes)
            return bytes.error();
        auto array = NpyArray::fromMember(bytes.value(), innerLimits);
        if (!array)
            return array.error();
        return std::optional<NpyArray>(std::move(array).value());
    };
    const auto format = readArray(QStringLiteral("format.npy"));
    if (!format)
        return format.error();
    const std::optional<NpyArray> &formatArray = format.value();
    if (!formatArray
        || (formatArray->dtype().kind() != Kind::Bytes && formatArray->dtype().kind() != Kind::Unicode)
        || formatArray->size() != 1)
        return makeError(ErrorCode::InvalidNpz,
            ModelText::tr("The sparse matrix %1 is invalid: %2")
                .arg(displayName, ModelText::tr("format.npy must hold one string")));
    const auto isArray = readArray(QStringLiteral("_is_array.npy"));
    if (!isArray)
        return isArray.error();
    // scipy tests the array's truth: one nonzero element.
    const bool sparseArray = isArray.value() && isArray.value()->size() == 1
        && isArray.value()->toDouble(0) != 0.0;
    return formatArray->toText(0) + (sparseArray ? QLatin1String("_array") : QLatin1String("_matrix"));
}

Result<SparseMatrix> SparseMatrix::fromNpz(
    const MemberBytes &npz, const QString &displayName, const Limits &limits)
{
    const Limits innerLimits = npzLimits(limits);
    const auto opened = openNpz(npz, displayName, innerLimits);
    if (!opened)
        return opened.error();
    const ZipArchive &archive = *opened.value();
    if (archive.members().size() > innerLimits.maxMembers)
        return makeError(ErrorCode::TooManyMembers,
            ModelText::tr("The sparse matrix %1 has %2 members, more than the limit of %3.")
                .arg(displayName)
                .arg(archive.members().size())
                .arg(innerLimits.maxMembers));
    // Showing the matrix inflates every member: together they get the
    // budget of one read.
    quint64 inflated = 0;
    for (const ZipMember &member : archive.members())
        inflated += member.method == 0 ? 0 : member.uncompressedSize;
    if (inflated > limits.maxInflatedBytes)
        return makeError(ErrorCode::MemberTooLarge,
            ModelText::tr("The sparse matrix %1 inflates to %2 bytes, more than the limit of %3 "
                          "for one view.")
                .arg(displayName)
                .arg(inflated)
                .arg(limits.maxInflatedBytes));

    SparseMatrix matrix;
    matrix.m_displayName = displayName;
    for (const ZipMember &member : archive.members()) {
        if (!member.name.endsWith(QLatin1String(".npy")))
            return makeError(ErrorCode::InvalidNpz,
                ModelText::tr("The sparse matrix %1 holds \"%2\", which is not an .npy array.")
                    .arg(displayName, member.name));
        const Result<MemberBytes> bytes = archive.read(member);
        if (!bytes)
            return makeError(bytes.error().code,
                ModelText::tr("In the sparse matrix %1: %2")
                    .arg(displayName, bytes.error().message));
        Result<NpyArray> array = NpyArray::fromMember(bytes.value(), innerLimits);
        if (!array)
            return makeError(array.error().code,
                ModelText::tr("In the sparse matrix %1, member \"%2\": %3")
                    .arg(displayName, member.name, array.error().message));
        matrix.m_members.push_back(Member { member.name, member.method, std::move(array).value() });
    }
    const Status valid = matrix.validate();
    if (!valid)
        return valid.error();
    return matrix;
}

QString SparseMatrix::formatName() const
{
    for (const FormatName &entry : kFormats) {
        if (entry.format == m_format)
            return entry.name;
    }
    return QString();
}

const NpyArray *SparseMatrix::component(const QString &key) const
{
    const QString name = key + QLatin1String(".npy");
    // The last member of a name wins, as numpy's NpzFile reads it.
    for (auto it = m_members.rbegin(); it != m_members.rend(); ++it) {
        if (it->name == name)
            return &it->array;
    }
    return nullptr;
}

// The checks scipy makes when it builds the matrix, plus those its
// toarray() leaves to luck: indices in range and indptr non-decreasing.
Status SparseMatrix::validate()
{
    const auto invalid = [this](const QString &why) {
        return makeError(ErrorCode::InvalidNpz,
            ModelText::tr("The sparse matrix %1 is invalid: %2").arg(m_displayName, why));
    };
    const auto required
        = [&](const char *key) -> const NpyArray * { return component(QLatin1String(key)); };
    for (const char *key : { "format", "shape", "data" }) {
        if (!required(key))
            return invalid(ModelText::tr("it has no %1.npy").arg(QLatin1String(key)));
    }

    const NpyArray &formatArray = *required("format");
    if ((formatArray.dtype().kind() != Kind::Bytes && formatArray.dtype().kind() != Kind::Unicode)
        || formatArray.size() != 1)
        return invalid(ModelText::tr("format.npy must hold one string"));
    const QString formatText = formatArray.toText(0);
    bool known = false;
    for (const FormatName &entry : kFormats) {
        if (formatText == entry.name) {
            m_format = entry.format;
            known = true;
        }
    }
    if (!known)
        return invalid(
            ModelText::tr("unknown sparse format '%1' (expected csr, csc, bsr, dia or coo)")
                .arg(formatText));

    const NpyArray &shape = *required("shape");
    if (!isInteger(shape.dtype()) || shape.size() != 2 || shape.shape().size() != 1)
        return invalid(ModelText::tr("shape.npy must hold two integers"));
    m_rows = shape.toInt64(0);
    m_columns = shape.toInt64(1);
    if (m_rows < 0 || m_columns < 0)
        return invalid(ModelText::tr("the shape (%1, %2) has a negative dimension")
                           .arg(m_rows)
                           .arg(m_columns));

    const NpyArray &data = *required("data");
    if (!data.dtype().isNumeric())
        return invalid(
            ModelText::tr("data.npy has the non-numeric type '%1'").arg(data.dtype().name()));

    const auto indexArray = [&](const char *key) -> Result<const NpyArray *> {
        const NpyArray *array = required(key);
        if (!array)
            return invalid(
                ModelText::tr("a %1 matrix needs %2.npy").arg(formatName(), QLatin1String(key)));
        if (!isInteger(array->dtype()) || array->shape().size() != 1)
            return invalid(
                ModelText::tr("%1.npy must be a 1-d integer array").arg(QLatin1String(key)));
        return array;
    };

    switch (m_format) {
    case Format::Csr:
    case Format::Csc: {
        const auto indices = indexArray("indices");
        const auto indptr = indexArray("indptr");
        if (!indices || !indptr)
            return indices ? indptr.error() : indices.error();
        if (data.shape().size() != 1)
            return invalid(ModelText::tr("data.npy must be 1-d"));
        const bool rowMajor = m_format == Format::Csr;
        return validateCompressed(*indices.value(), *indptr.value(), rowMajor ? m_rows : m_columns,
            rowMajor ? m_columns : m_rows, data.size());
    }
    case Format::Bsr: {
        const auto indices = indexArray("indices");
        const auto indptr = indexArray("indptr");
        if (!indices || !indptr)
            return indices ? indptr.error() : indices.error();
        if (data.shape().size() != 3)
            return invalid(ModelText::tr("data.npy of a bsr matrix must be 3-d (blocks, R, C)"));
        m_blockRows = data.shape()[1];
        m_blockColumns = data.shape()[2];
        qint64 blockSize = 0;
        if (__builtin_mul_overflow(m_blockRows, m_blockColumns, &blockSize))
            return invalid(ModelText::tr("the block size is too large"));
        if (m_blockRows == 0 || m_blockColumns == 0 || m_rows % m_blockRows != 0
            || m_columns % m_blockColumns != 0)
            return invalid(
                ModelText::tr("the shape (%1, %2) is not a multiple of the block size (%3, %4)")
                    .arg(m_rows)
                    .arg(m_columns)
                    .arg(m_blockRows)
                    .arg(m_blockColumns));
        const Status status = validateCompressed(*indices.value(), *indptr.value(),
            m_rows / m_blockRows, m_columns / m_blockColumns, data.shape()[0]);
        m_nnz *= blockSize; // at most data's element count
        return status;
    }
    case Format::Coo: {
        const auto row = indexArray("row");
        const auto col = indexArray("col");
        if (!row || !col)
            return row ? col.error() : row.error();
        if (data.shape().size() != 1 || row.value()->size() != data.size()
            || col.value()->size() != data.size())
            return invalid(
                ModelText::tr("row, col and data must be 1-d and of the same length (%1, %2, %3)")
                    .arg(row.value()->size())
                    .arg(col.value()->size())
                    .arg(data.size()));
        for (qint64 p = 0; p < data.size(); ++p) {
            const qint64 r = row.value()->toInt64(p);
            const qint64 c = col.value()->toInt64(p);
            if (r < 0 || r >= m_rows || c < 0 || c >= m_columns)
                return invalid(ModelText::tr("entry %1 at (%2, %3) lies outside the shape (%4, %5)")
                                   .arg(p)
                                   .arg(r)
                                   .arg(c)
                                   .arg(m_rows)
                                   .arg(m_columns));
        }
        m_nnz = data.size();
        return Status();
    }
    case Format::Dia: {
        const auto offsets = indexArray("offsets");
        if (!offsets)
            return offsets.error();
        if (data.shape().size() != 2)
            return invalid(ModelText::tr("data.npy of a dia matrix must be 2-d"));
        const NpyArray &offsetArray = *offsets.value();
        if (data.shape()[0] != offsetArray.size())
            return invalid(ModelText::tr(
                "the number of diagonals (%1) does not match the number of offsets (%2)")
                               .arg(data.shape()[0])
                               .arg(offsetArray.size()));
        std::set<qint64> seen;
        __int128 nnz = 0;
        for (qint64 d = 0; d < offsetArray.size(); ++d) {
            const qint64 k = offsetArray.toInt64(d);
            if (!seen.insert(k).second)
                return invalid(ModelText::tr("the offset %1 appears more than once").arg(k));
            // scipy counts positions, negative for diagonals outside the matrix.
            nnz += k > 0 ? std::min<__int128>(m_rows, __int128(m_columns) - k)
                         : std::min<__int128>(__int128(m_rows) + k, m_columns);
        }
        if (nnz > std::numeric_limits<qint64>::max() || nnz < std::numeric_limits<qint64>::min())
            return invalid(ModelText::tr("the diagonal offsets are out of range"));
        m_nnz = qint64(nnz);
        return Status();
    }
    }
    return Status();
}

Status SparseMatrix::validateCompressed(const NpyArray &indices, const NpyArray &indptr,
    qint64 majorCount, qint64 minorCount, qint64 entryCount)
{
    const auto invalid = [this](const QString &why) {
        return makeError(ErrorCode::InvalidNpz,
            ModelText::tr("The sparse matrix %1 is invalid: %2").arg(m_displayName, why));
    };
    if (indptr.size() != majorCount + 1)
        return invalid(ModelText::tr("indptr has %1 entries; it needs %2")
                           .arg(indptr.size())
                           .arg(majorCount + 1));
    if (indptr.toInt64(0) != 0)
        return invalid(ModelText::tr("indptr must start with 0"));
    if (indices.size() != entryCount)
        return invalid(ModelText::tr("indices and data differ in length (%1, %2)")
                           .arg(indices.size())
                           .arg(entryCount));
    for (qint64 i = 0; i < majorCount; ++i) {
        if (indptr.toInt64(i + 1) < indptr.toInt64(i))
            return invalid(ModelText::tr("indptr decreases at entry %1").arg(i + 1));
    }
    const qint64 stored = indptr.toInt64(majorCount);
    if (stored > indices.size())
        return invalid(ModelText::tr("the last indptr value (%1) exceeds the %2 stored entries")
                           .arg(stored)
                           .arg(indices.size()));
    for (qint64 p = 0; p < stored; ++p) {
        const qint64 index = indices.toInt64(p);
        if (index < 0 || index >= minorCount)
            return invalid(ModelText::tr("index %1 at entry %2 is outside 0..%3")
                               .arg(index)
                               .arg(p)
                               .arg(minorCount - 1));
    }
    m_nnz = stored;
    return Status();
}

double SparseMatrix::denseSum() const
{
    const NpyArray &values = data();
    NpyArray::OracleSum sum;
    std::vector<Position> positions;
    switch (m_format) {
    case Format::Csr:
    case Format::Csc: {
        // Duplicates can only share a row (csr) or column (csc).
        const NpyArray &indices = *component(QStringLiteral("indices"));
        const NpyArray &indptr = *component(QStringLiteral("indptr"));
        const qint64 majorCount = indptr.size() - 1;
        for (qint64 major = 0; major < majorCount; ++major) {
            for (qint64 p = indptr.toInt64(major); p < indptr.toInt64(major + 1); ++p) {
                const qint64 minor = indices.toInt64(p);
                positions.push_back(m_format == Format::Csr ? Position { major, minor, p }
                                                            : Position { minor, major, p });
            }
            addPositions(values, positions, sum);
        }
        break;
    }
    case Format::Bsr: {
        const NpyArray &indices = *component(QStringLiteral("indices"));
        const NpyArray &indptr = *component(QStringLiteral("indptr"));
        const qint64 blockSize = m_blockRows * m_blockColumns;
        for (qint64 blockRow = 0; blockRow + 1 < indptr.size(); ++blockRow) {
            for (qint64 p = indptr.toInt64(blockRow); p < indptr.toInt64(blockRow + 1); ++p) {
                for (qint64 i = 0; i < m_blockRows; ++i) {
                    for (qint64 j = 0; j < m_blockColumns; ++j)
                        positions.push_back(Position { blockRow * m_blockRows + i,
                            indices.toInt64(p) * m_blockColumns + j,
                            p * blockSize + i * m_blockColumns + j });
                }
            }
            addPositions(values, positions, sum);
        }
        break;
    }
    case Format::Coo: {
        const NpyArray &row = *component(QStringLiteral("row"));
        const NpyArray &col = *component(QStringLiteral("col"));
        positions.reserve(size_t(values.size()));
        for (qint64 p = 0; p < values.size(); ++p)
            positions.push_back(Position { row.toInt64(p), col.toInt64(p), p });
        addPositions(values, positions, sum);
        break;
    }
    case Format::Dia: {
        // data[d, j] lies at (j - offsets[d], j); offsets are distinct, so
        // no two values share a position.
        const NpyArray &offsets = *component(QStringLiteral("offsets"));
        const qint64 length = values.shape()[1];
        for (qint64 d = 0; d < offsets.size(); ++d) {
            const qint64 offset = offsets.toInt64(d);
            for (qint64 j = 0; j < std::min(m_columns, length); ++j) {
                const __int128 row = __int128(j) - offset;
                if (row >= 0 && row < m_rows)
                    sum.add(values.toDouble(d * length + j));
            }
        }
        break;
    }
    }
    return sum.value();
}

json SparseMatrix::oracleSummary() const
{
    const NpyArray &values = data();
    NpyArray::OracleSum dataSum;
    for (qint64 i = 0; i < values.size(); ++i)
        dataSum.add(values.toDouble(i));

    json members = json::array();
    for (const Member &member : m_members) {
        members.push_back({
            { "name", member.name.toStdString() },
            { "compress_type", compressTypeName(member.method).toStdString() },
            { "dtype", member.array.dtype().str().toStdString() },
            { "shape", member.array.shape() },
            { "first", member.array.oracleFirst() },
        });
    }
    return {
        { "format", formatName().toStdString() },
        { "shape", json::array({ m_rows, m_columns }) },
        { "nnz", m_nnz },
        { "dtype", values.dtype().str().toStdString() },
        { "data_sum", dataSum.toJson() },
        { "dense_sum", denseSum() },
        { "npz_members", members },
    };
}

} // namespace skops

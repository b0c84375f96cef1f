#pragma once

#include "Limits.h"
#include "NpyHeader.h"
#include "Result.h"
#include "ZipArchive.h"

#include <QString>
#include <nlohmann/json_fwd.hpp>
#include <vector>

namespace skops {

// A read-only view of an .npy member: the parsed header and the member's
// bytes. Elements are decoded on demand; indexes are flat row-major (C order)
// whatever the file's fortran_order says. Out-of-range indexes give neutral
// values (NaN, 0, empty), never reads outside the member.
class NpyArray
{
public:
    // Parses the header and checks that the member holds all the data.
    static Result<NpyArray> fromMember(const MemberBytes &member, const Limits &limits = Limits());
    static Result<NpyArray> fromHeader(NpyHeader header, const MemberBytes &member);

    const NpyHeader &header() const { return m_header; }
    const NpyDtype &dtype() const { return m_header.dtype(); }
    const std::vector<qint64> &shape() const { return m_header.shape(); }
    qint64 size() const { return m_header.elementCount(); }

    // The itemsize bytes of one element.
    QByteArrayView elementBytes(qint64 index) const;
    // Numeric kinds (complex: the real part); NaN for other kinds.
    double toDouble(qint64 index) const;
    // As toDouble, without rounding extended-precision values.
    long double toLongDouble(qint64 index) const;
    // Bool and integer kinds; uint64 values above INT64_MAX saturate; 0 otherwise.
    qint64 toInt64(qint64 index) const;
    // A short human-readable rendering, numpy style.
    QString toText(qint64 index) const;

    // One value of `dtype` held in `bytes`, e.g. a field of a record at its
    // NpyDtype::Entry::offset: what toText and toDouble give for an element
    // of that dtype. Fewer than itemSize bytes give "" and NaN.
    static QString valueText(const NpyDtype &dtype, QByteArrayView bytes);
    static double valueDouble(const NpyDtype &dtype, QByteArrayView bytes);

    // Decodes `count` elements as toDouble does, starting at storage position
    // `first` and in storage order (column-major for fortran_order arrays):
    // the fast path for passes where the order does not matter. Returns how
    // many were written to `out` (fewer at the end of the array).
    qint64 decodeDoubles(qint64 first, qint64 count, double *out) const;
    // Lets the kernel drop this process's pages of the elements at storage
    // positions [first, first + count) when the array is a view of the file
    // mapping (see MemberBytes::releaseResidentPages): a pass over a 1 GB
    // array then keeps a few megabytes resident, not the whole array.
    void releaseResidentPages(qint64 first, qint64 count) const;
    // How many elements a pass reads between two releases: 8 MB or more.
    qint64 releaseStride() const;

    // The oracle's JSON conversion of one element (skops-format.md, appendix).
    nlohmann::json oracleValue(qint64 index) const;
    // The first min(5, size) elements.
    nlohmann::json oracleFirst() const;
    // The oracle's `sum`: exact float64 sum for non-structured bool, integer
    // and float kinds; null otherwise.
    nlohmann::json oracleSum() const;

    // math.fsum (the exactly rounded sum) with the oracle's rules for
    // non-finite values: NaN, or both infinities, give "nan"; otherwise an
    // infinity gives "inf" or "-inf".
    class OracleSum
    {
    public:
        void add(double value);
        double value() const;
        nlohmann::json toJson() const;

    private:
        std::vector<double> m_partials; // increasing magnitude, non-overlapping
        bool m_nan = false;
        bool m_positiveInfinity = false;
        bool m_negativeInfinity = false;
        double m_overflow = 0; // ±inf once a finite sum overflowed
    };

private:
    NpyArray(NpyHeader header, MemberBytes member);
    // Byte offset of a row-major index inside the member.
    qint64 byteOffset(qint64 index) const;

    NpyHeader m_header;
    MemberBytes m_member;
    std::vector<qint64> m_fortranStrides; // in elements; empty for C order
};

} // namespace skops

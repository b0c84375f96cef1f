#pragma once

#include "Limits.h"
#include "NpyDtype.h"
#include "Result.h"

#include <QByteArrayView>
#include <vector>

namespace skops {

// The preamble of an .npy member: magic, version, and the header dict
// {'descr': ..., 'fortran_order': ..., 'shape': (...)}. The header text is
// parsed with a strict grammar for the Python literals numpy writes; it is
// never evaluated. Parsing touches no array data.
class NpyHeader
{
public:
    // Parses the preamble at the start of `bytes`, which need only hold the
    // header itself (see prefixBytesNeeded()).
    static Result<NpyHeader> parse(QByteArrayView bytes, const Limits &limits = Limits());
    // How many leading bytes of a member are enough to parse any header
    // these limits accept.
    static qint64 prefixBytesNeeded(const Limits &limits = Limits());

    int majorVersion() const { return m_major; }
    int minorVersion() const { return m_minor; }
    // Offset of the first data byte (what the oracle calls header_len).
    qint64 dataOffset() const { return m_dataOffset; }
    const NpyDtype &dtype() const { return m_dtype; }
    bool fortranOrder() const { return m_fortranOrder; }
    const std::vector<qint64> &shape() const { return m_shape; }
    // prod(shape); 1 for a 0-d array
    qint64 elementCount() const { return m_elementCount; }
    // elementCount() * itemsize
    qint64 dataByteCount() const { return m_dataByteCount; }

    // Fails when a member of `memberSize` bytes holds fewer data bytes than
    // the shape needs. Trailing bytes are ignored, as numpy does.
    Status validateDataSize(qint64 memberSize) const;

private:
    explicit NpyHeader(NpyDtype dtype)
        : m_dtype(std::move(dtype))
    { }

    int m_major = 1;
    int m_minor = 0;
    qint64 m_dataOffset = 0;
    NpyDtype m_dtype;
    bool m_fortranOrder = false;
    std::vector<qint64> m_shape;
    qint64 m_elementCount = 1;
    qint64 m_dataByteCount = 0;
};

} // namespace skops

// Tensor::toString: torch's repr (torch/_tensor_str.py) — one shared width per tensor,
// fixed, integer or scientific float modes, lines wrapped at 80 columns, and large
// tensors summarized with "..." around 3 edge items. Book chapter "Tensors and kernels".
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "kernels/dispatch.h"
#include "kernels/ops.h"
#include "kernels/tensor.h"

namespace minijit {

namespace {

// torch's default print options.
constexpr int kPrecision = 4;
constexpr int64_t kThreshold = 1000;
constexpr int64_t kEdgeItems = 3;
constexpr int64_t kLineWidth = 80;

std::string printf1(const char* format, double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, format, kPrecision, value);
  return buffer;
}

std::string nonFinite(double value) {
  if (std::isnan(value)) return "nan";
  return value > 0 ? "inf" : "-inf";
}

// Chooses one format for all printed elements, like torch's _Formatter.
class Formatter {
 public:
  // `values` are the elements that will be printed (ints stay int64_t, never rounded
  // through double).
  Formatter(ScalarType dtype, const std::vector<Scalar>& values)
      : floating_(isFloatingType(dtype)) {
    if (!floating_) {
      for (const Scalar& v : values) width_ = std::max(width_, v.toString().size());
      return;
    }
    std::vector<double> finite;  // the nonzero, finite elements
    for (const Scalar& value : values) {
      const double v = value.toDouble();
      if (std::isfinite(v) && v != 0) finite.push_back(v);
    }
    if (finite.empty()) return;
    auto by_magnitude = [](double a, double b) { return std::fabs(a) < std::fabs(b); };
    const double min = std::fabs(*std::min_element(finite.begin(), finite.end(), by_magnitude));
    const double max = std::fabs(*std::max_element(finite.begin(), finite.end(), by_magnitude));
    int_mode_ =
        std::all_of(finite.begin(), finite.end(), [](double v) { return v == std::ceil(v); });
    sci_mode_ = max / min > 1000.0 || max > 1.0e8 || (!int_mode_ && min < 1.0e-4);
    // As torch, only nonzero finite values set the width; "nan" or "0." may stick out.
    for (double v : finite) width_ = std::max(width_, bare(v).size());
  }

  // The width every element is padded to.
  size_t width() const { return width_; }

  std::string format(const Scalar& value) const {
    const std::string text = floating_ ? bare(value.toDouble()) : value.toString();
    return std::string(width_ > text.size() ? width_ - text.size() : 0, ' ') + text;
  }

 private:
  std::string bare(double v) const {
    if (!std::isfinite(v)) return nonFinite(v);
    if (sci_mode_) return printf1("%.*e", v);
    if (int_mode_) return printf1("%.0f", v) + ".";
    return printf1("%.*f", v);
  }

  bool floating_;
  bool int_mode_ = true;
  bool sci_mode_ = false;
  size_t width_ = 1;
};

// Values shown when printing: all of them, or the summarized edges (torch's
// get_summarized_data), in printing order.
void collectShown(const Tensor& t, bool summarize, std::vector<Scalar>& out) {
  if (t.dim() == 0) {
    out.push_back(t.item());
    return;
  }
  const int64_t n = t.sizes()[0];
  for (int64_t i = 0; i < n; ++i) {
    if (summarize && n > 2 * kEdgeItems && i == kEdgeItems) i = n - kEdgeItems;
    collectShown(ops::select(t, 0, i), summarize, out);
  }
}

std::string formatVector(const Tensor& t, int64_t indent, bool summarize,
                         const Formatter& formatter, size_t width) {
  std::vector<std::string> items;
  const int64_t n = t.sizes()[0];
  for (int64_t i = 0; i < n; ++i) {
    if (summarize && n > 2 * kEdgeItems && i == kEdgeItems) {
      items.push_back(" ...");
      i = n - kEdgeItems;
    }
    items.push_back(formatter.format(ops::select(t, 0, i).item()));
  }
  const int64_t per_line =
      std::max<int64_t>(1, (kLineWidth - indent) / static_cast<int64_t>(width + 2));
  std::string text = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      text += static_cast<int64_t>(i) % per_line == 0 ? ",\n" + std::string(indent + 1, ' ') : ", ";
    }
    text += items[i];
  }
  return text + "]";
}

std::string formatTensor(const Tensor& t, int64_t indent, bool summarize,
                         const Formatter& formatter, size_t width) {
  if (t.dim() == 0) return formatter.format(t.item());
  if (t.dim() == 1) return formatVector(t, indent, summarize, formatter, width);
  std::vector<std::string> slices;
  const int64_t n = t.sizes()[0];
  for (int64_t i = 0; i < n; ++i) {
    if (summarize && n > 2 * kEdgeItems && i == kEdgeItems) {
      slices.push_back("...");
      i = n - kEdgeItems;
    }
    slices.push_back(formatTensor(ops::select(t, 0, i), indent + 1, summarize, formatter, width));
  }
  const std::string separator = "," + std::string(t.dim() - 1, '\n') + std::string(indent + 1, ' ');
  std::string text = "[";
  for (size_t i = 0; i < slices.size(); ++i) text += (i ? separator : "") + slices[i];
  return text + "]";
}

bool hasDefaultDtype(ScalarType dtype) {
  return dtype == ScalarType::Float || dtype == ScalarType::Long || dtype == ScalarType::Bool;
}

}  // namespace

std::string Tensor::toString() const {
  if (!defined()) return "tensor(undefined)";
  std::string body;
  std::string suffix;
  if (numel() == 0) {
    body = "[]";
    if (dim() != 1) {
      suffix += ", size=(";
      for (int64_t d = 0; d < dim(); ++d) suffix += (d ? ", " : "") + std::to_string(sizes()[d]);
      suffix += ")";
    }
  } else {
    const bool summarize = numel() > kThreshold;
    std::vector<Scalar> shown;
    collectShown(*this, summarize, shown);
    const Formatter formatter(dtype(), shown);
    body = formatTensor(*this, /*indent=*/7, summarize, formatter, formatter.width());
  }
  if (!hasDefaultDtype(dtype()))
    suffix += std::string(", dtype=torch.") + scalarTypePythonName(dtype());
  return "tensor(" + body + suffix + ")";
}

}  // namespace minijit

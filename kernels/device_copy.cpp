// Copies between host and GPU memory. Strided tensors are made contiguous on their own
// device first, so the transfer itself is always one cudaMemcpy of dense bytes.
// Book chapter "Tensors and kernels".
#include "kernels/device_copy.h"

#include "kernels/cuda/cuda_backend.h"
#include "kernels/ops.h"

namespace minijit::ops {

namespace {

// A contiguous version of `self` on its own device.
Tensor contiguousOnDevice(const Tensor& self) {
  if (self.isContiguous()) return self;
  if (!self.isCuda()) return contiguous(self);
  Tensor out = Tensor::empty(self.sizes(), self.dtype(), self.device());
  cuda::copyInto(out, self);
  return out;
}

cuda::CopyKind copyKind(Device from, Device to) {
  if (from.isCpu()) return cuda::CopyKind::HostToDevice;
  if (to.isCpu()) return cuda::CopyKind::DeviceToHost;
  return cuda::CopyKind::DeviceToDevice;
}

}  // namespace

Tensor to(const Tensor& self, Device device) {
  device = device.concrete();
  if (self.device() == device) return self;
  const Tensor source = contiguousOnDevice(self);
  Tensor out = Tensor::empty(self.sizes(), self.dtype(), device);
  const std::size_t nbytes = static_cast<std::size_t>(self.numel()) * elementSize(self.dtype());
  if (nbytes == 0) return out;
  // The GPU whose context runs the copy: the destination's, unless that is the host.
  const int gpu = device.isCuda() ? device.index : source.device().index;
  cuda::copyBytes(out.deviceDataPtr(), source.deviceDataPtr(), nbytes,
                  copyKind(source.device(), device), gpu);
  return out;
}

void copyAcrossDevices(const Tensor& dst, const Tensor& src) {
  const Tensor local = to(src, dst.device());
  if (dst.isCuda()) {
    cuda::copyInto(dst, local);
  } else {
    copyInto(dst, local);
  }
}

}  // namespace minijit::ops

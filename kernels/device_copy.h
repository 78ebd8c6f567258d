// Moving tensors between devices: ops::to(tensor, device) and the .cpu() / .cuda()
// shorthands, plus copyInto across devices. What aten::to.device, aten::cuda and
// aten::cpu bind to. Book chapter "Tensors and kernels".
#pragma once

#include "kernels/device.h"
#include "kernels/tensor.h"

namespace minijit::ops {

// `self` itself when it is already on `device` (as upstream's .to without copy=True), else
// a contiguous copy there. "cuda" means cuda:0. Throws "Torch not compiled with CUDA
// enabled" in a build without CUDA, and "CUDA error: invalid device ordinal" style
// errors when the device does not exist.
Tensor to(const Tensor& self, Device device);
inline Tensor cpu(const Tensor& self) { return to(self, Device::cpu()); }
inline Tensor cuda(const Tensor& self, int index = 0) { return to(self, Device::cuda(index)); }
// copy_ when `dst` and `src` may be on different devices: `src` is moved to dst's device,
// then broadcast and converted into it there.
void copyAcrossDevices(const Tensor& dst, const Tensor& src);

}  // namespace minijit::ops

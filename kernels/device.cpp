// Device names as upstream's torch.device parses and prints them ("cpu", "cuda", "cuda:1").
// Book chapter "Tensors and kernels".
#include "kernels/device.h"

#include <cctype>

#include "kernels/cuda/cuda_backend.h"
#include "kernels/tensor_error.h"

namespace minijit {

namespace {

[[noreturn]] void badDevice(const std::string& text) {
  throw TensorError(
      "Expected one of cpu, cuda, ipu, xpu, mkldnn, opengl, opencl, ideep, hip, ve, fpga, ort, "
      "xla, lazy, vulkan, mps, meta, hpu, privateuseone device type at start of device "
      "string: " +
      text);
}

}  // namespace

Device Device::parse(const std::string& text) {
  const std::size_t colon = text.find(':');
  const std::string type = text.substr(0, colon);
  Device device;
  if (type == "cpu") {
    device.type = DeviceType::CPU;
  } else if (type == "cuda") {
    device.type = DeviceType::CUDA;
  } else {
    badDevice(text);
  }
  if (colon == std::string::npos) return device;
  const std::string index = text.substr(colon + 1);
  bool digits = !index.empty() && index.size() < 9;
  for (char c : index) digits = digits && std::isdigit(static_cast<unsigned char>(c));
  if (!digits) throw TensorError("Invalid device string: '" + text + "'");
  device.index = std::stoi(index);
  if (device.isCpu() && device.index != 0) {
    throw TensorError("Device index must be -1 or zero for CPU, got " + index);
  }
  if (device.isCpu()) device.index = -1;
  return device;
}

std::string Device::str() const {
  const std::string name = isCpu() ? "cpu" : "cuda";
  return index < 0 ? name : name + ":" + std::to_string(index);
}

bool cudaCompiledIn() { return cuda::compiledIn(); }

int cudaDeviceCount() { return cuda::deviceCount(); }

}  // namespace minijit

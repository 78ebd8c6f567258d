// Tests for types, constants and the schema parser.
#include <gtest/gtest.h>

#include "types/constant.h"
#include "types/operator_catalogue.h"
#include "types/schema.h"

namespace minijit {
namespace {

TEST(Type, PrintsLikeUpstreamGraphs) {
  EXPECT_EQ(Type::list(Type::integer())->str(), "int[]");
  EXPECT_EQ(Type::optional(Type::list(Type::integer()))->str(), "int[]?");
  EXPECT_EQ(Type::tuple({Type::integer(), Type::tensor()})->str(), "(int, Tensor)");
  EXPECT_EQ(Type::tuple({Type::integer(), Type::tensor()})->annotationStr(),
            "Tuple[int, Tensor]");
  EXPECT_EQ(Type::dict(Type::string(), Type::integer())->str(), "Dict(str, int)");
  EXPECT_EQ(Type::none()->str(), "NoneType");
}

TEST(Type, SubtypingAndUnification) {
  EXPECT_TRUE(Type::integer()->isSubtypeOf(Type::number()));
  EXPECT_FALSE(Type::boolean()->isSubtypeOf(Type::number()));
  EXPECT_TRUE(Type::none()->isSubtypeOf(Type::optional(Type::tensor())));
  EXPECT_FALSE(Type::list(Type::integer())->isSubtypeOf(Type::list(Type::floating())));
  EXPECT_EQ((*unifyTypes(Type::integer(), Type::none()))->str(), "int?");
  EXPECT_FALSE(unifyTypes(Type::integer(), Type::floating()).has_value());
}

TEST(Type, KnowsWhetherItHasTypeVariables) {
  EXPECT_TRUE(Type::var("t")->hasTypeVariables());
  EXPECT_TRUE(parseSchemaType("Dict(str, t)")->hasTypeVariables());
  EXPECT_TRUE(Type::optional(Type::list(Type::var("t")))->hasTypeVariables());
  EXPECT_FALSE(parseSchemaType("int[]?")->hasTypeVariables());
  EXPECT_FALSE(Type::tuple({Type::integer(), Type::tensor()})->hasTypeVariables());
}

TEST(Constant, FormatsDoublesLikeUpstream) {
  // Values recorded from torch 1.13 graph dumps.
  EXPECT_EQ(formatDouble(1.0), "1.");
  EXPECT_EQ(formatDouble(0.1), "0.10000000000000001");
  EXPECT_EQ(formatDouble(1e-5), "1.0000000000000001e-05");
  EXPECT_EQ(formatDouble(1e20), "1e+20");
  EXPECT_EQ(formatDouble(1e16), "10000000000000000");
  EXPECT_EQ(formatDouble(-2.5), "-2.5");
  EXPECT_EQ(Constant::string("ab\"c\n").str(), "\"ab\\\"c\\n\"");
}

TEST(SchemaParser, ParsesArgumentsDefaultsAndKwargOnly) {
  FunctionSchema s = parseSchema("aten::add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor");
  EXPECT_EQ(s.name, "aten::add");
  EXPECT_EQ(s.overload_name, "Tensor");
  ASSERT_EQ(s.arguments.size(), 3u);
  EXPECT_EQ(s.arguments[2].type->str(), "Scalar");
  EXPECT_TRUE(s.arguments[2].kwarg_only);
  EXPECT_EQ(s.arguments[2].default_value->i, 1);
  ASSERT_EQ(s.returns.size(), 1u);
  EXPECT_EQ(s.returns[0].type->str(), "Tensor");
}

TEST(SchemaParser, ParsesListsOptionalsAliasesAndTupleReturns) {
  FunctionSchema s = parseSchema(
      "aten::max.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)");
  EXPECT_EQ(s.returns.size(), 2u);
  EXPECT_EQ(s.returns[1].name, "indices");
  FunctionSchema z = parseSchema(
      "aten::zeros(SymInt[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor");
  EXPECT_EQ(z.arguments[0].type->str(), "SymInt[]");
  EXPECT_EQ(z.arguments[1].type->str(), "int?");
  EXPECT_EQ(z.arguments[1].default_value->kind, Constant::Kind::None);
  FunctionSchema o = parseSchema("aten::add.out(Tensor self, Tensor other, *, Scalar alpha=1, Tensor(a!) out) -> Tensor(a!)");
  EXPECT_TRUE(o.arguments[3].is_write);
  FunctionSchema t = parseSchema("aten::add.t(t[] a, t[] b) -> t[]");
  EXPECT_EQ(t.arguments[0].type->str(), "t[]");
  FunctionSchema c = parseSchema("aten::conv2d(Tensor input, Tensor weight, Tensor? bias=None, int[2] stride=1, int[2] padding=0) -> Tensor");
  EXPECT_EQ(c.arguments[3].default_value->str(), "[1, 1]");
}

TEST(OperatorCatalogue, EveryGeneratedSchemaParsesAndKeepsUpstreamOrder) {
  const auto& catalogue = OperatorCatalogue::instance();
  EXPECT_GT(catalogue.all().size(), 100u);
  const auto& subs = catalogue.overloads("aten::sub");
  ASSERT_GE(subs.size(), 2u);
  EXPECT_EQ(subs[0]->qualifiedName(), "aten::sub.Tensor");
  EXPECT_EQ(subs[1]->qualifiedName(), "aten::sub.Scalar");
  EXPECT_NE(catalogue.find("aten::zeros"), nullptr);
}

}  // namespace
}  // namespace minijit

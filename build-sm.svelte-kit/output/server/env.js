export { k as dynamic_private_env, A as explicit_public_env, j as rendered_env, M as set_env, N as variables } from "./chunks/framework.js";

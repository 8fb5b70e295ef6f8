import { ruleTester } from "../testing/tester.ts";
import { kubernetesIngressUsesTls } from "./kubernetes-ingress-uses-tls.ts";

const ingress = (tls: string) => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  namespace: shop
spec:
${tls}  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80
`;

ruleTester(kubernetesIngressUsesTls, {
  fail: [{ name: "no tls section", format: "kubernetes", files: ingress(""), line: 6, path: "tls" }],
  pass: [
    {
      name: "tls for the host",
      format: "kubernetes",
      files: ingress("  tls:\n    - hosts: [shop.example.com]\n      secretName: shop-tls\n"),
    },
  ],
});
